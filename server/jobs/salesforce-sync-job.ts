import { z } from "zod";

/** The queue every write to Salesforce goes through. */
export const SALESFORCE_SYNC_QUEUE = "salesforce-sync";

/**
 * What a sync job carries: which record to write, and the revision that asked for it (the worker
 * always writes the record's newest state; the revision only tells a superseded job to stand down).
 */
export const salesforceSyncJobSchema = z.object({
  entityType: z.literal("quote"),
  entityId: z.uuid(),
  revision: z.number().int(),
});

export type SalesforceSyncJob = z.infer<typeof salesforceSyncJobSchema>;
