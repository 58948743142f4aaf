import type { Customer } from "@/lib/schemas/customer";
import type { CurrencyCode } from "@/lib/money/currencies";
import type { customerContacts, customers } from "@/server/db/schema/customers";

type CustomerRow = typeof customers.$inferSelect;
type ContactRow = typeof customerContacts.$inferSelect;

/** The API shape of a customer. The Salesforce account link is reported in `integrationIds`, as Sequence does. */
export function toCustomer(row: CustomerRow, contacts: ContactRow[]): Customer {
  const integrationIds = row.integrationIds.map((link) => ({ ...link, isPending: false }));
  if (row.salesforceAccountId) {
    integrationIds.push({ service: "Salesforce", id: row.salesforceAccountId, isPending: false });
  }
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    organizations: [],
    legalName: row.legalName,
    address: row.address,
    ...(row.url !== null ? { url: row.url } : {}),
    ...(row.label !== null ? { label: row.label } : {}),
    integrationIds,
    ...(row.archivedAt ? { archivedAt: row.archivedAt.toISOString() } : {}),
    taxStatus: row.taxStatus,
    contacts: contacts
      .filter((contact) => contact.customerId === row.id && !contact.archivedAt)
      .sort((a, b) => a.position - b.position)
      .map((contact) => ({
        id: contact.id,
        name: contact.name,
        email: contact.email,
        billingPreference: contact.billingPreference,
        ...(contact.address ? { address: contact.address } : {}),
        createdAt: contact.createdAt.toISOString(),
        updatedAt: contact.updatedAt.toISOString(),
      })),
    status: row.status,
    customProperties: row.customProperties,
    customerAliases: row.customerAliases,
    ...(row.parentId ? { parentId: row.parentId } : {}),
    ...(row.currency ? { currency: row.currency as CurrencyCode } : {}),
  };
}
