import type { SalesforceSyncError, SyncStatus } from "@/lib/schemas/salesforce-integration";

/**
 * Where a record stands in Salesforce, from what the API reports: its `isPending` flag and the last
 * error (kept only while the write has not succeeded since).
 */
export function syncStatusOf({
  isPending,
  error,
}: {
  isPending: boolean;
  error?: SalesforceSyncError | null;
}): SyncStatus {
  if (error) return error.permanent ? "failed" : "retrying";
  return isPending ? "pending" : "synced";
}
