import type PgBoss from "pg-boss";
import { SALESFORCE_SYNC_QUEUE } from "@/server/jobs/salesforce-sync-job";
import type { SyncPolicy } from "@/server/salesforce/sync-policy";

/**
 * Creates the sync queue, or brings an existing one to the policy. Jobs take the queue's retry settings
 * when they are enqueued, so this runs before anything can enqueue (at start, before serving).
 */
export async function createSalesforceSyncQueue({ boss, policy }: { boss: PgBoss; policy: SyncPolicy }): Promise<void> {
  const options = {
    name: SALESFORCE_SYNC_QUEUE,
    policy: "standard" as const,
    retryLimit: policy.maxAttempts,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: policy.expireInSeconds,
  };
  await boss.createQueue(SALESFORCE_SYNC_QUEUE, options);
  await boss.updateQueue(SALESFORCE_SYNC_QUEUE, options);
}
