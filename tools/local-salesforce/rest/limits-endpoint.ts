import { json, type RestContext, type RestResponse } from "@/tools/local-salesforce/rest/rest-types";

/** Roughly what Salesforce counts per record toward data storage. */
const KB_PER_RECORD = 2;

/**
 * GET /limits: `{Name: {Max, Remaining}}` (reference §2.11). DailyApiRequests and DataStorageMB are
 * live; the others are a Developer Edition org's allocations, untouched because nothing here uses them.
 */
export function limitsEndpoint(ctx: RestContext): RestResponse {
  const usage = ctx.runtime.apiUsage();
  const records = ctx.schema.objects().reduce((sum, object) => sum + ctx.store.list(object.name).length, 0);
  const storageMax = 5;
  return json(200, {
    ConcurrentAsyncGetReportInstances: { Max: 200, Remaining: 200 },
    ConcurrentSyncReportRuns: { Max: 20, Remaining: 20 },
    DailyApiRequests: { Max: usage.limit, Remaining: Math.max(0, usage.limit - usage.used) },
    DailyAsyncApexExecutions: { Max: 250000, Remaining: 250000 },
    DailyBulkApiBatches: { Max: 15000, Remaining: 15000 },
    DailyBulkV2QueryJobs: { Max: 10000, Remaining: 10000 },
    DailyStreamingApiEvents: { Max: 10000, Remaining: 10000 },
    DataStorageMB: {
      Max: storageMax,
      Remaining: Math.max(0, storageMax - Math.ceil((records * KB_PER_RECORD) / 1024)),
    },
    FileStorageMB: { Max: 20, Remaining: 20 },
    SingleEmail: { Max: 15, Remaining: 15 },
  });
}
