import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Database } from "@/server/db/database";
import { salesforceSyncStates } from "@/server/db/schema/salesforce";
import { enqueueSalesforceSync } from "@/server/jobs/enqueue-salesforce-sync";

/**
 * Asks again for every quote whose newest state is not in Salesforce yet: after an admin connects
 * (or reconnects) the org, what waited for a connection, or failed for want of one, goes out.
 * Returns how many were resumed.
 */
export async function resumeWaitingSyncs({ db }: { db: Database }): Promise<number> {
  return db.transaction(async (tx) => {
    const waiting = await tx
      .update(salesforceSyncStates)
      .set({
        isPending: true,
        attempts: 0,
        // A failure stays visible as the reason, but no longer as final: the write is being retried.
        lastError: sql`case when ${salesforceSyncStates.lastError} is null then null else jsonb_set(${salesforceSyncStates.lastError}, '{permanent}', 'false') end`,
      })
      .where(
        and(
          eq(salesforceSyncStates.entityType, "quote"),
          isNotNull(salesforceSyncStates.requestedVersion),
          sql`coalesce(${salesforceSyncStates.syncedVersion}, -1) < ${salesforceSyncStates.requestedVersion}`,
        ),
      )
      .returning({ entityId: salesforceSyncStates.entityId, revision: salesforceSyncStates.requestedVersion });
    for (const state of waiting) {
      await enqueueSalesforceSync({
        db: tx,
        job: { entityType: "quote", entityId: state.entityId, revision: state.revision ?? 0 },
      });
    }
    return waiting.length;
  });
}
