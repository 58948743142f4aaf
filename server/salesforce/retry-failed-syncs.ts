import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { resumeWaitingSyncs } from "@/server/salesforce/resume-waiting-syncs";
import { assertAdmin } from "@/server/users/assert-admin";

/** `POST /api/salesforce/sync-states/retry` (admins): retries every write that has not reached Salesforce. */
export async function retryFailedSyncs({ db, actor }: { db: Database; actor: Actor }): Promise<{ retried: number }> {
  assertAdmin(actor);
  const retried = await resumeWaitingSyncs({ db });
  await recordAudit({
    db,
    actor,
    action: "salesforce.syncs_retried",
    entityType: "salesforce_connection",
    entityId: "all",
    details: { retried },
  });
  return { retried };
}
