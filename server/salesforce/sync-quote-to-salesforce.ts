import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { SalesforceSyncError } from "@/lib/schemas/salesforce-integration";
import type { Database } from "@/server/db/database";
import { salesforceConnections, salesforceSyncStates } from "@/server/db/schema/salesforce";
import { claimSyncState } from "@/server/salesforce/claim-sync-state";
import { classifySalesforceFailure } from "@/server/salesforce/classify-salesforce-failure";
import { connectIntegration } from "@/server/salesforce/connect-integration";
import { loadQuoteSyncSnapshot } from "@/server/salesforce/load-quote-sync-snapshot";
import { SalesforceFailure } from "@/server/salesforce/salesforce-failure";
import type { SyncPolicy } from "@/server/salesforce/sync-policy";
import { writeQuoteToSalesforce, type SyncProgress } from "@/server/salesforce/write-quote-to-salesforce";

/** What one sync attempt came to, for the job that ran it. */
export type SyncOutcome =
  | { kind: "up_to_date" }
  | { kind: "synced"; calls: number }
  /** Try again in `seconds` (the org's API allowance is used up, or another attempt holds the record). */
  | { kind: "deferred"; seconds: number; reason: string }
  /** A transient failure: try again with backoff. */
  | { kind: "retry"; error: SalesforceSyncError }
  /** Stopped until someone fixes the cause and retries (or the quote changes again). */
  | { kind: "failed"; error: SalesforceSyncError };

/**
 * One attempt to bring a quote's Salesforce records up to date with its newest published state.
 * Whatever job asked, it writes the state as it is now and records the revision written, so an older
 * job never overwrites a newer version and a superseded one finds nothing to do. The outcome is
 * recorded on the sync state (what the quote page and the admin sync page show) before it returns.
 */
export async function syncQuoteToSalesforce({
  db,
  quoteId,
  policy,
  attemptId = randomUUID(),
  finalAttempt = false,
  now = () => new Date(),
}: {
  db: Database;
  quoteId: string;
  policy: SyncPolicy;
  attemptId?: string;
  /** The job will not be retried whatever happens: a passing failure is then recorded as final too. */
  finalAttempt?: boolean;
  now?: () => Date;
}): Promise<SyncOutcome> {
  const claim = await claimSyncState({
    db,
    entityType: "quote",
    entityId: quoteId,
    attemptId,
    claimSeconds: policy.claimSeconds,
    now: now(),
  });
  if (claim.kind === "up_to_date") return claim;
  if (claim.kind === "busy") {
    return {
      kind: "deferred",
      seconds: Math.min(claim.seconds, policy.busyWaitSeconds),
      reason: "another attempt is writing this quote",
    };
  }
  const state = claim.state;
  const where = and(
    eq(salesforceSyncStates.entityType, "quote"),
    eq(salesforceSyncStates.entityId, quoteId),
    eq(salesforceSyncStates.claimedBy, attemptId),
  );
  const progress: SyncProgress = { calls: 0, maybeWritten: new Map() };
  try {
    const integration = await connectIntegration({ db });
    if (!integration) {
      throw new SalesforceFailure(
        "NOT_CONNECTED",
        "Salesforce is not connected. An admin connects it on the Salesforce admin page; waiting quotes are written then.",
        "permanent",
      );
    }
    const loaded = await loadQuoteSyncSnapshot({ db, quoteId });
    if (loaded.kind === "not_published") {
      await db.update(salesforceSyncStates).set({ isPending: false, claimedBy: null, claimedUntil: null }).where(where);
      return { kind: "up_to_date" };
    }
    if (loaded.kind === "not_linked") {
      throw new SalesforceFailure(
        "NOT_LINKED",
        "The quote has no opportunity and its customer is not linked to a Salesforce account, so it has nowhere to go in Salesforce.",
        "permanent",
      );
    }
    const { snapshot } = loaded;
    const syncedAt = now();
    const result = await writeQuoteToSalesforce({
      connection: integration.connection,
      snapshot,
      previousChildIds: state.syncedChildIds,
      apiVersion: integration.row.apiVersion,
      timeoutMs: policy.requestTimeoutMs,
      syncedAt,
      progress,
      onRequest: async () => {
        await db
          .update(salesforceSyncStates)
          .set({ claimedUntil: new Date(now().getTime() + policy.claimSeconds * 1000) })
          .where(where);
      },
    });
    const childIds = mergeIds(
      result.childIds,
      result.undeleted.map((remove) => [remove.object, remove.externalId]),
    );
    const failure = result.undeletedFailure;
    // Removed children that could not be deleted keep the revision unsynced, so the next attempt tries again.
    const error = failure ? toSyncError(failure, state.attempts + 1, policy, now(), finalAttempt) : null;
    await db
      .update(salesforceSyncStates)
      .set({
        salesforceId: result.salesforceId,
        salesforceUrl: `${integration.connection.instanceUrl}/lightning/r/Sequence_Quote__c/${result.salesforceId}/view`,
        syncedChildIds: childIds,
        lastSyncedAt: syncedAt,
        ...(error
          ? { lastError: error, attempts: state.attempts + 1, isPending: !error.permanent }
          : {
              syncedVersion: sql`greatest(coalesce(${salesforceSyncStates.syncedVersion}, 0), ${snapshot.revision})`,
              isPending: sql`coalesce(${salesforceSyncStates.requestedVersion}, 0) > ${snapshot.revision}`,
              lastError: null,
              attempts: 0,
            }),
        claimedBy: null,
        claimedUntil: null,
      })
      .where(where);
    if (error) return error.permanent ? { kind: "failed", error } : { kind: "retry", error };
    return { kind: "synced", calls: progress.calls };
  } catch (thrown) {
    const failure = classifySalesforceFailure(thrown);
    if (!(thrown instanceof SalesforceFailure) && failure.code === "UNKNOWN_ERROR") {
      console.error(`[salesforce] sync of quote ${quoteId} failed unexpectedly`, thrown);
    }
    const rateLimited = failure.kind === "rate_limited";
    const attempts = rateLimited ? state.attempts : state.attempts + 1;
    const wait = policy.rateLimitWaitSeconds * (1 + Math.random());
    const error = toSyncError(failure, attempts, policy, now(), finalAttempt, rateLimited ? wait : undefined);
    const maybeWritten = [...progress.maybeWritten].flatMap(([object, ids]) =>
      [...ids].map((id): [string, string] => [object, id]),
    );
    await db
      .update(salesforceSyncStates)
      .set({
        lastError: error,
        attempts,
        isPending: !error.permanent,
        syncedChildIds: mergeIds(state.syncedChildIds, maybeWritten),
        // An unanswered request may still land: keep others off the record until it would have timed out,
        // so an older write can never arrive after a newer one.
        ...(failure.outcomeUnknown
          ? { claimedUntil: new Date(now().getTime() + policy.requestTimeoutMs) }
          : { claimedBy: null, claimedUntil: null }),
      })
      .where(where);
    if (failure.code === "CONNECTION_REVOKED") {
      // Salesforce refused the refresh token: every sync now fails the same way until an admin
      // reconnects, so the admin's Salesforce page (which shows the last check) says so.
      await db
        .update(salesforceConnections)
        .set({
          lastCheck: {
            ok: false,
            checkedAt: now().toISOString(),
            items: [
              {
                key: "connection",
                ok: false,
                title: "Connection",
                detail: failure.message,
                fix: "Reconnect Salesforce with the button on this page; quotes waiting to be written go out then.",
              },
            ],
          },
        })
        .where(isNull(salesforceConnections.disconnectedAt));
    }
    if (rateLimited) return { kind: "deferred", seconds: Math.ceil(wait), reason: error.message };
    return error.permanent ? { kind: "failed", error } : { kind: "retry", error };
  }
}

/** Salesforce's answer as the quote page shows it; a transient failure becomes final after maxAttempts. */
function toSyncError(
  failure: SalesforceFailure,
  attempts: number,
  policy: SyncPolicy,
  at: Date,
  finalAttempt: boolean,
  waitSeconds?: number,
): SalesforceSyncError {
  const exhausted = failure.kind === "transient" && (attempts >= policy.maxAttempts || finalAttempt);
  return {
    code: failure.code,
    message: exhausted
      ? `Gave up after ${attempts} attempts; the last one failed with: ${failure.message}`
      : failure.kind === "rate_limited"
        ? `Salesforce's API allowance for the org is used up (${failure.message}); the write waits and tries again.`
        : failure.message,
    at: at.toISOString(),
    permanent: failure.kind === "permanent" || exhausted,
    ...(failure.record ? { record: failure.record } : {}),
    ...(waitSeconds !== undefined ? { nextAttemptAt: new Date(at.getTime() + waitSeconds * 1000).toISOString() } : {}),
  };
}

function mergeIds(base: Partial<Record<string, string[]>>, extra: [string, string][]): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const [object, ids] of Object.entries(base)) merged[object] = [...(ids ?? [])];
  for (const [object, id] of extra) {
    const list = (merged[object] ??= []);
    if (!list.some((known) => known.toLowerCase() === id.toLowerCase())) list.push(id);
  }
  return merged;
}
