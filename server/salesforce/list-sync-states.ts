import { and, desc, eq, isNotNull, or, type SQL } from "drizzle-orm";
import { syncStatusOf } from "@/lib/salesforce/sync-status";
import type { ListSyncStatesQuery, SyncStateListItem } from "@/lib/schemas/salesforce-integration";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { quotes, quoteVersions } from "@/server/db/schema/quotes";
import { salesforceSyncStates } from "@/server/db/schema/salesforce";
import { assertAdmin } from "@/server/users/assert-admin";

const LIMIT = 200;

/**
 * `GET /api/salesforce/sync-states` (admins): the records whose write to Salesforce failed (or is
 * still under way, or all), newest first, each with Salesforce's reason, for the admin sync page.
 */
export async function listSyncStates({
  db,
  actor,
  query,
}: {
  db: Database;
  actor: Actor;
  query: ListSyncStatesQuery;
}): Promise<{ items: SyncStateListItem[] }> {
  assertAdmin(actor);
  const filter: SQL | undefined =
    query.status === "failed"
      ? isNotNull(salesforceSyncStates.lastError)
      : query.status === "pending"
        ? or(eq(salesforceSyncStates.isPending, true), isNotNull(salesforceSyncStates.lastError))
        : undefined;
  const rows = await db
    .select({ state: salesforceSyncStates, quoteNumber: quotes.quoteNumber, title: quoteVersions.title })
    .from(salesforceSyncStates)
    .leftJoin(quotes, and(eq(salesforceSyncStates.entityType, "quote"), eq(quotes.id, salesforceSyncStates.entityId)))
    .leftJoin(quoteVersions, eq(quoteVersions.id, quotes.latestPublishedVersionId))
    .where(filter)
    // Newest change first; ids (UUIDv7, time-ordered) break ties within one millisecond.
    .orderBy(desc(salesforceSyncStates.updatedAt), desc(salesforceSyncStates.id))
    .limit(LIMIT);
  return {
    items: rows.map(({ state, quoteNumber, title }) => ({
      entityType: state.entityType,
      entityId: state.entityId,
      label: [quoteNumber ?? "Quote", title].filter(Boolean).join(" — "),
      status: syncStatusOf({ isPending: state.isPending, error: state.lastError }),
      attempts: state.attempts,
      ...(state.lastError ? { error: state.lastError } : {}),
      ...(state.lastSyncedAt ? { lastSyncedAt: state.lastSyncedAt.toISOString() } : {}),
      ...(state.salesforceUrl ? { salesforceUrl: state.salesforceUrl } : {}),
      updatedAt: state.updatedAt.toISOString(),
    })),
  };
}
