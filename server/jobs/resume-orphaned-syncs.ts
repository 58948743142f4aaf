import { sql } from "drizzle-orm";
import type { Database } from "@/server/db/database";
import { executeRows } from "@/server/db/execute-rows";
import { enqueueSalesforceSync } from "@/server/jobs/enqueue-salesforce-sync";
import { SALESFORCE_SYNC_QUEUE } from "@/server/jobs/salesforce-sync-job";

/**
 * Enqueues a job for every quote still waiting to be written that no live job (queued, retrying or
 * running) will write: the last retry of a job whose worker died expires for good in pg-boss, and such
 * a quote would otherwise wait forever. Failures that wait for an admin are left alone. Returns how
 * many it resumed.
 */
export async function resumeOrphanedSyncs({ db }: { db: Database }): Promise<number> {
  return db.transaction(async (tx) => {
    const orphans = await executeRows<{ entity_id: string; requested_version: number }>(
      tx,
      sql`select s.entity_id, s.requested_version
          from salesforce_sync_states s
          where s.entity_type = 'quote'
            and s.requested_version is not null
            and coalesce(s.synced_version, -1) < s.requested_version
            and coalesce((s.last_error->>'permanent')::boolean, false) = false
            and not exists (
              select 1 from pgboss.job j
              where j.name = ${SALESFORCE_SYNC_QUEUE}
                and j.state < 'completed'
                and j.data->>'entityId' = s.entity_id::text
            )
          for update of s skip locked`,
    );
    for (const orphan of orphans) {
      await enqueueSalesforceSync({
        db: tx,
        job: { entityType: "quote", entityId: orphan.entity_id, revision: orphan.requested_version },
      });
    }
    return orphans.length;
  });
}
