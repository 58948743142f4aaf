import { and, eq, sql } from "drizzle-orm";
import type { QuoteSalesforceSync } from "@/lib/schemas/salesforce-integration";
import { ApiError } from "@/server/api/api-error";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { salesforceSyncStates } from "@/server/db/schema/salesforce";
import { enqueueSalesforceSync } from "@/server/jobs/enqueue-salesforce-sync";
import { getQuoteRowOrThrow } from "@/server/quotes/get-quote-row-or-throw";
import { getQuoteSalesforceSync } from "@/server/salesforce/get-quote-salesforce-sync";
import { assertAdmin } from "@/server/users/assert-admin";

/**
 * `POST /api/quotes/{id}/salesforce-sync` (extension, admins): tries again to write a quote whose
 * sync failed, once the cause is fixed, with a fresh budget of automatic retries. A retry writes by
 * external id, so it never duplicates what an earlier attempt wrote.
 */
export async function retryQuoteSync({
  db,
  actor,
  id,
}: {
  db: Database;
  actor: Actor;
  id: string;
}): Promise<QuoteSalesforceSync> {
  assertAdmin(actor);
  await db.transaction(async (tx) => {
    const quote = await getQuoteRowOrThrow({ db: tx, actor, id, action: "read" });
    const where = and(eq(salesforceSyncStates.entityType, "quote"), eq(salesforceSyncStates.entityId, id));
    const [state] = await tx.select().from(salesforceSyncStates).where(where).limit(1).for("update");
    if (!state) {
      throw ApiError.conflict(
        "not_synced",
        "This quote is not written to Salesforce: it was never published, or it has no opportunity and its customer no linked account.",
      );
    }
    if (!state.lastError && (state.syncedVersion ?? -1) >= (state.requestedVersion ?? 0)) {
      throw ApiError.conflict(
        "already_synced",
        "This quote is already up to date in Salesforce; there is nothing to retry.",
      );
    }
    const revision = Math.max(state.requestedVersion ?? 0, quote.version);
    await tx
      .update(salesforceSyncStates)
      .set({
        requestedVersion: sql`greatest(coalesce(${salesforceSyncStates.requestedVersion}, 0), ${revision})`,
        isPending: true,
        attempts: 0,
        // Still shown, as the reason for the retry, until the retry's outcome replaces it.
        lastError: state.lastError ? { ...state.lastError, permanent: false } : null,
      })
      .where(where);
    await enqueueSalesforceSync({ db: tx, job: { entityType: "quote", entityId: id, revision } });
    await recordAudit({ db: tx, actor, action: "salesforce.sync_retried", entityType: "quote", entityId: id });
  });
  return getQuoteSalesforceSync({ db, actor, id });
}
