import type { Database } from "@/server/db/database";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { getJobQueue } from "@/server/jobs/get-job-queue";
import { SALESFORCE_SYNC_QUEUE, type SalesforceSyncJob } from "@/server/jobs/salesforce-sync-job";

/**
 * Enqueues a sync job in the caller's transaction (outbox), so the change and the job to write it
 * to Salesforce commit together or not at all.
 */
export async function enqueueSalesforceSync({ db, job }: { db: Database; job: SalesforceSyncJob }): Promise<void> {
  await enqueueJob({ boss: await getJobQueue(), db, queue: SALESFORCE_SYNC_QUEUE, data: job });
}
