import { and, eq, isNull, ne } from "drizzle-orm";
import type { Customer, UpdateCustomerBody } from "@/lib/schemas/customer";
import { isUuid } from "@/lib/schemas/primitives";
import { ApiError } from "@/server/api/api-error";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { accountAlreadyLinked } from "@/server/customers/account-already-linked";
import { splitIntegrationIds } from "@/server/customers/split-integration-ids";
import { toCustomer } from "@/server/customers/to-customer";
import type { Database } from "@/server/db/database";
import { isUniqueViolation } from "@/server/db/is-unique-violation";
import { customerContacts, customers } from "@/server/db/schema/customers";

/**
 * PUT, as Sequence's `CreateOrUpdateCustomerRequest`: the body replaces the customer and its contacts.
 * Contacts are matched by email so their ids survive (quotes name recipients by contact id); contacts
 * no longer listed are archived, not deleted. `integrationIds`, `customerAliases` and
 * `customProperties` are replaced when given and left as they are when omitted.
 */
export async function updateCustomer({
  db,
  actor,
  id,
  body,
}: {
  db: Database;
  actor: Actor | undefined;
  id: string;
  body: UpdateCustomerBody;
}): Promise<Customer> {
  const links = body.integrationIds ? splitIntegrationIds(body.integrationIds) : undefined;
  try {
    return await db.transaction(async (tx) => {
      const [existing] = isUuid(id) ? await tx.select().from(customers).where(eq(customers.id, id)).limit(1) : [];
      if (!existing) throw ApiError.notFound("customer", id);
      if (links?.salesforceAccountId) {
        const [holder] = await tx
          .select({ id: customers.id })
          .from(customers)
          .where(and(eq(customers.salesforceAccountId, links.salesforceAccountId), ne(customers.id, id)))
          .limit(1);
        if (holder) throw accountAlreadyLinked(links.salesforceAccountId, holder.id);
      }
      const [row] = await tx
        .update(customers)
        .set({
          legalName: body.legalName,
          label: body.label ?? null,
          url: body.url ?? null,
          address: body.address,
          taxStatus: body.taxStatus,
          status: body.status,
          currency: body.currency ?? null,
          parentId: body.parentId ?? null,
          ...(body.customerAliases ? { customerAliases: body.customerAliases } : {}),
          ...(body.customProperties ? { customProperties: body.customProperties } : {}),
          ...(links ? { integrationIds: links.others, salesforceAccountId: links.salesforceAccountId } : {}),
          version: existing.version + 1,
        })
        .where(eq(customers.id, id))
        .returning();
      if (!row) throw new Error("update returned no row");

      const current = await tx
        .select()
        .from(customerContacts)
        .where(and(eq(customerContacts.customerId, id), isNull(customerContacts.archivedAt)));
      const byEmail = new Map(current.map((contact) => [contact.email.toLowerCase(), contact]));
      const kept = new Set<string>();
      for (const [position, contact] of body.contacts.entries()) {
        const match = byEmail.get(contact.email.toLowerCase());
        const values = {
          position,
          name: contact.name,
          email: contact.email,
          billingPreference: contact.billingPreference,
          address: contact.address ?? null,
        };
        if (match && !kept.has(match.id)) {
          kept.add(match.id);
          await tx.update(customerContacts).set(values).where(eq(customerContacts.id, match.id));
        } else {
          await tx.insert(customerContacts).values({ customerId: id, ...values });
        }
      }
      for (const contact of current) {
        if (!kept.has(contact.id)) {
          await tx.update(customerContacts).set({ archivedAt: new Date() }).where(eq(customerContacts.id, contact.id));
        }
      }
      const contacts = await tx.select().from(customerContacts).where(eq(customerContacts.customerId, id));
      await recordAudit({ db: tx, actor, action: "customer.updated", entityType: "customer", entityId: id });
      return toCustomer(row, contacts);
    });
  } catch (error) {
    if (links?.salesforceAccountId && isUniqueViolation(error, "customers_salesforce_account_uq")) {
      throw accountAlreadyLinked(links.salesforceAccountId);
    }
    throw error;
  }
}
