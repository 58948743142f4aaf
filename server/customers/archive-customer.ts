import { eq } from "drizzle-orm";
import type { Customer } from "@/lib/schemas/customer";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getCustomerOrThrow } from "@/server/customers/get-customer-or-throw";
import type { Database } from "@/server/db/database";
import { customers } from "@/server/db/schema/customers";

/** Archived customers leave lists and searches; their quotes, schedules and invoices stay. Idempotent. */
export async function archiveCustomer({
  db,
  actor,
  id,
}: {
  db: Database;
  actor: Actor | undefined;
  id: string;
}): Promise<Customer> {
  return db.transaction(async (tx) => {
    const existing = await getCustomerOrThrow({ db: tx, id });
    if (existing.archivedAt) return existing;
    await tx.update(customers).set({ archivedAt: new Date() }).where(eq(customers.id, id));
    await recordAudit({ db: tx, actor, action: "customer.archived", entityType: "customer", entityId: id });
    return getCustomerOrThrow({ db: tx, id });
  });
}
