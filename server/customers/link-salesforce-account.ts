import { and, eq, isNull, sql } from "drizzle-orm";
import { canonicalId18 } from "@/lib/salesforce/record-id";
import { ApiError } from "@/server/api/api-error";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { accountAlreadyLinked } from "@/server/customers/account-already-linked";
import type { Database } from "@/server/db/database";
import { isUniqueViolation } from "@/server/db/is-unique-violation";
import { customers } from "@/server/db/schema/customers";

/**
 * Links an existing customer to a Salesforce account (its `integrationIds` entry for Salesforce).
 * True when it linked them now, false when they were linked already. Only a customer without a link
 * is changed, in one conditional update, so two requests racing to link one customer cannot both
 * win; the unique index refuses a second customer for the account.
 */
export async function linkSalesforceAccount({
  db,
  actor,
  customerId,
  accountId,
}: {
  db: Database;
  actor: Actor;
  customerId: string;
  accountId: string;
}): Promise<boolean> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(customers)
        .set({ salesforceAccountId: accountId, version: sql`${customers.version} + 1` })
        .where(and(eq(customers.id, customerId), isNull(customers.salesforceAccountId)))
        .returning({ id: customers.id });
      if (!row) {
        const [current] = await tx
          .select({ salesforceAccountId: customers.salesforceAccountId })
          .from(customers)
          .where(eq(customers.id, customerId));
        if (!current) throw ApiError.notFound("customer", customerId);
        if (current.salesforceAccountId && canonicalId18(current.salesforceAccountId) === canonicalId18(accountId)) {
          return false;
        }
        throw ApiError.conflict(
          "customer_already_linked",
          `Customer ${customerId} is already linked to another Salesforce account (${current.salesforceAccountId}); a customer maps to exactly one account.`,
        );
      }
      await recordAudit({
        db: tx,
        actor,
        action: "customer.salesforce_account_linked",
        entityType: "customer",
        entityId: customerId,
        details: { salesforceAccountId: accountId },
      });
      return true;
    });
  } catch (error) {
    if (isUniqueViolation(error, "customers_salesforce_account_uq")) throw accountAlreadyLinked(accountId);
    throw error;
  }
}
