import type PgBoss from "pg-boss";
import type { Database } from "@/server/db/database";
import { SALESFORCE_SYNC_QUEUE, salesforceSyncJobSchema } from "@/server/jobs/salesforce-sync-job";
import { defaultSyncPolicy, type SyncPolicy } from "@/server/salesforce/sync-policy";
import { syncQuoteToSalesforce } from "@/server/salesforce/sync-quote-to-salesforce";

/**
 * Creates the sync queue (idempotent) with the policy's retries, and works it with `concurrency`
 * workers in this process. Each job runs one sync attempt:
 * - done, nothing to do, or stopped for good (recorded for the admin): the job completes;
 * - a transient failure: the job fails and pg-boss retries it with exponential backoff and jitter;
 * - the org's API allowance used up, or the quote busy in another attempt: the job completes and a
 *   follow-up job is scheduled for later, so waiting never uses up the retries.
 * A job whose worker dies stays active until `expireInSeconds`, then pg-boss retries it; nothing is lost.
 */
export async function startSalesforceSyncWorker({
  boss,
  db,
  policy = defaultSyncPolicy,
}: {
  boss: PgBoss;
  db: Database;
  policy?: SyncPolicy;
}): Promise<{ workerIds: string[] }> {
  const queueOptions = {
    name: SALESFORCE_SYNC_QUEUE,
    policy: "standard" as const,
    retryLimit: policy.maxAttempts,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: policy.expireInSeconds,
  };
  await boss.createQueue(SALESFORCE_SYNC_QUEUE, queueOptions);
  await boss.updateQueue(SALESFORCE_SYNC_QUEUE, queueOptions);

  const handle = async ([job]: PgBoss.Job<unknown>[]): Promise<void> => {
    if (!job) return;
    const data = salesforceSyncJobSchema.parse(job.data);
    const outcome = await syncQuoteToSalesforce({ db, quoteId: data.entityId, policy });
    if (outcome.kind === "retry") throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
    if (outcome.kind === "deferred") {
      await boss.send(SALESFORCE_SYNC_QUEUE, data, { startAfter: Math.max(1, outcome.seconds) });
    }
  };
  const workerIds: string[] = [];
  for (let worker = 0; worker < policy.concurrency; worker++) {
    workerIds.push(
      await boss.work(
        SALESFORCE_SYNC_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: policy.pollingIntervalSeconds },
        handle,
      ),
    );
  }
  return { workerIds };
}
