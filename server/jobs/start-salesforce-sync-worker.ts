import type PgBoss from "pg-boss";
import type { Database } from "@/server/db/database";
import { createSalesforceSyncQueue } from "@/server/jobs/create-salesforce-sync-queue";
import { resumeOrphanedSyncs } from "@/server/jobs/resume-orphaned-syncs";
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
 * A job whose worker dies stays active until `expireInSeconds`, then pg-boss retries it; and every
 * `sweepIntervalSeconds` (and at start) a quote left waiting without any job gets one: nothing is lost.
 */
export async function startSalesforceSyncWorker({
  boss,
  db,
  policy = defaultSyncPolicy,
}: {
  boss: PgBoss;
  db: Database;
  policy?: SyncPolicy;
}): Promise<{ stop: () => void }> {
  await createSalesforceSyncQueue({ boss, policy });
  const handle = async ([job]: PgBoss.JobWithMetadata<unknown>[]): Promise<void> => {
    if (!job) return;
    const data = salesforceSyncJobSchema.parse(job.data);
    const outcome = await syncQuoteToSalesforce({
      db,
      quoteId: data.entityId,
      policy,
      // pg-boss fails a job for good after its last retry, so that failure must be recorded as final.
      finalAttempt: job.retryCount >= job.retryLimit,
    });
    if (outcome.kind === "retry") throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
    if (outcome.kind === "deferred") {
      await boss.send(SALESFORCE_SYNC_QUEUE, data, { startAfter: Math.max(1, outcome.seconds) });
    }
  };
  for (let worker = 0; worker < policy.concurrency; worker++) {
    await boss.work(
      SALESFORCE_SYNC_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: policy.pollingIntervalSeconds, includeMetadata: true },
      handle,
    );
  }
  const sweep = () =>
    resumeOrphanedSyncs({ db }).catch((error: unknown) =>
      console.error("[jobs] could not look for Salesforce syncs without a job", error),
    );
  await sweep();
  const timer = setInterval(() => void sweep(), policy.sweepIntervalSeconds * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
