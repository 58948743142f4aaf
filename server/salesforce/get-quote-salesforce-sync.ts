import { and, eq } from "drizzle-orm";
import { syncStatusOf } from "@/lib/salesforce/sync-status";
import type { QuoteSalesforceSync } from "@/lib/schemas/salesforce-integration";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { salesforceSyncStates } from "@/server/db/schema/salesforce";
import { getQuoteRowOrThrow } from "@/server/quotes/get-quote-row-or-throw";

/**
 * `GET /api/quotes/{id}/salesforce-sync` (extension): where the quote stands in Salesforce, small
 * enough for the quote page to poll while a write is under way.
 */
export async function getQuoteSalesforceSync({
  db,
  actor,
  id,
}: {
  db: Database;
  actor: Actor;
  id: string;
}): Promise<QuoteSalesforceSync> {
  await getQuoteRowOrThrow({ db, actor, id, action: "read" });
  const [state] = await db
    .select()
    .from(salesforceSyncStates)
    .where(and(eq(salesforceSyncStates.entityType, "quote"), eq(salesforceSyncStates.entityId, id)))
    .limit(1);
  if (!state) return { status: "not_synced", attempts: 0 };
  return {
    status: syncStatusOf({ isPending: state.isPending, error: state.lastError }),
    integrationId: {
      service: "Salesforce",
      id: state.salesforceId ?? "",
      isPending: state.isPending,
      ...(state.lastSyncedAt ? { lastSynced: state.lastSyncedAt.toISOString() } : {}),
      ...(state.salesforceUrl ? { url: state.salesforceUrl } : {}),
    },
    ...(state.lastError ? { error: state.lastError } : {}),
    attempts: state.attempts,
  };
}
