import { eq } from "drizzle-orm";
import type { CreateCustomerBody, Customer } from "@/lib/schemas/customer";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { accountAlreadyLinked } from "@/server/customers/account-already-linked";
import { splitIntegrationIds } from "@/server/customers/split-integration-ids";
import { toCustomer } from "@/server/customers/to-customer";
import type { Database } from "@/server/db/database";
import { isUniqueViolation } from "@/server/db/is-unique-violation";
import { customerContacts, customers } from "@/server/db/schema/customers";

export async function createCustomer({
  db,
  actor,
  body,
}: {
  db: Database;
  actor: Actor | undefined;
  body: CreateCustomerBody;
}): Promise<Customer> {
  const { salesforceAccountId, others } = splitIntegrationIds(body.integrationIds ?? []);
  try {
    return await db.transaction(async (tx) => {
      if (salesforceAccountId) {
        const [holder] = await tx
          .select({ id: customers.id })
          .from(customers)
          .where(eq(customers.salesforceAccountId, salesforceAccountId))
          .limit(1);
        if (holder) throw accountAlreadyLinked(salesforceAccountId, holder.id);
      }
      const [row] = await tx
        .insert(customers)
        .values({
          legalName: body.legalName,
          label: body.label ?? null,
          url: body.url ?? null,
          address: body.address,
          taxStatus: body.taxStatus,
          status: body.status,
          currency: body.currency ?? null,
          parentId: body.parentId ?? null,
          customerAliases: body.customerAliases ?? [],
          integrationIds: others,
          customProperties: body.customProperties ?? {},
          salesforceAccountId,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      const contacts = await tx
        .insert(customerContacts)
        .values(
          body.contacts.map((contact, position) => ({
            customerId: row.id,
            position,
            name: contact.name,
            email: contact.email,
            billingPreference: contact.billingPreference,
            address: contact.address ?? null,
          })),
        )
        .returning();
      await recordAudit({ db: tx, actor, action: "customer.created", entityType: "customer", entityId: row.id });
      return toCustomer(row, contacts);
    });
  } catch (error) {
    if (salesforceAccountId && isUniqueViolation(error, "customers_salesforce_account_uq")) {
      throw accountAlreadyLinked(salesforceAccountId);
    }
    throw error;
  }
}
