import { eq, sql } from "drizzle-orm";
import type { Database } from "@/server/db/database";
import { customers } from "@/server/db/schema/customers";
import { salesforceSyncStates } from "@/server/db/schema/salesforce";
import { enqueueSalesforceSync } from "@/server/jobs/enqueue-salesforce-sync";

/**
 * Asks for a quote's newest published state to be written to Salesforce: marks its sync state pending
 * at this revision and enqueues the job, both in the caller's transaction. A quote reaches Salesforce
 * through its opportunity, or through its customer's linked account; one with neither is not synced
 * (and says so by having no Salesforce integration id). Returns whether a sync was requested.
 */
export async function requestQuoteSync({
  db,
  quoteId,
  opportunityId,
  customerId,
  revision,
}: {
  db: Database;
  quoteId: string;
  opportunityId: string | null;
  customerId: string | null;
  revision: number;
}): Promise<boolean> {
  if (!opportunityId) {
    const [customer] = customerId
      ? await db
          .select({ accountId: customers.salesforceAccountId })
          .from(customers)
          .where(eq(customers.id, customerId))
          .limit(1)
      : [];
    if (!customer?.accountId) return false;
  }
  await db
    .insert(salesforceSyncStates)
    .values({ entityType: "quote", entityId: quoteId, requestedVersion: revision, isPending: true })
    .onConflictDoUpdate({
      target: [salesforceSyncStates.entityType, salesforceSyncStates.entityId],
      set: {
        requestedVersion: sql`greatest(coalesce(${salesforceSyncStates.requestedVersion}, 0), ${revision})`,
        isPending: true,
        // A new revision gets a fresh budget of automatic retries.
        attempts: 0,
        updatedAt: new Date(),
      },
    });
  await enqueueSalesforceSync({ db, job: { entityType: "quote", entityId: quoteId, revision } });
  return true;
}
