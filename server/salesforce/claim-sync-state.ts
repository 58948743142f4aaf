import { and, eq } from "drizzle-orm";
import type { Database } from "@/server/db/database";
import { salesforceSyncStates } from "@/server/db/schema/salesforce";

export type SyncClaim =
  | { kind: "claimed"; state: typeof salesforceSyncStates.$inferSelect }
  | { kind: "up_to_date" }
  | { kind: "busy"; seconds: number };

/**
 * Claims a record for one sync attempt, so two attempts never write it at once (two workers, or a
 * retry while a stopped worker's attempt is still finishing). Nothing to do when what was asked for
 * is already written; busy (with how long the claim may still hold) when another attempt has it.
 */
export async function claimSyncState({
  db,
  entityType,
  entityId,
  attemptId,
  claimSeconds,
  now,
}: {
  db: Database;
  entityType: "quote";
  entityId: string;
  attemptId: string;
  claimSeconds: number;
  now: Date;
}): Promise<SyncClaim> {
  return db.transaction(async (tx) => {
    const where = and(eq(salesforceSyncStates.entityType, entityType), eq(salesforceSyncStates.entityId, entityId));
    const [state] = await tx.select().from(salesforceSyncStates).where(where).limit(1).for("update");
    if (!state || state.requestedVersion === null || (state.syncedVersion ?? -1) >= state.requestedVersion) {
      return { kind: "up_to_date" };
    }
    if (state.claimedBy && state.claimedUntil && state.claimedUntil > now) {
      return { kind: "busy", seconds: Math.ceil((state.claimedUntil.getTime() - now.getTime()) / 1000) };
    }
    const [claimed] = await tx
      .update(salesforceSyncStates)
      .set({ claimedBy: attemptId, claimedUntil: new Date(now.getTime() + claimSeconds * 1000) })
      .where(where)
      .returning();
    if (!claimed) throw new Error("the sync state vanished while being claimed");
    return { kind: "claimed", state: claimed };
  });
}
