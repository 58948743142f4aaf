import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { executeRows } from "@/server/db/execute-rows";
import { testDatabases } from "@/server/db/test-databases";
import { salesforceSyncStates } from "@/server/db/schema/salesforce";
import { createJobQueue } from "@/server/jobs/create-job-queue";
import { createSalesforceSyncQueue } from "@/server/jobs/create-salesforce-sync-queue";
import { startSalesforceSyncWorker } from "@/server/jobs/start-salesforce-sync-worker";
import { createQuote } from "@/server/quotes/create-quote";
import { publishQuote } from "@/server/quotes/publish-quote";
import { updateQuote } from "@/server/quotes/update-quote";
import { connectLocalOrgAtStart } from "@/server/salesforce/connect-local-org-at-start";
import { loadQuoteSyncSnapshot } from "@/server/salesforce/load-quote-sync-snapshot";
import { mapQuoteRecords } from "@/server/salesforce/map-quote-records";
import { defaultSyncPolicy, type SyncPolicy } from "@/server/salesforce/sync-policy";
import { holdJobQueue } from "@/server/testing/held-job-queue";
import { publishableQuote } from "@/server/testing/publishable-quote";
import {
  ACME_OPPORTUNITY,
  RITA_ID,
  openSyncTestDatabase,
  startSyncTestOrg,
  type SyncTestDatabase,
} from "@/server/testing/sync-test-harness";
import type PgBoss from "pg-boss";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));
vi.mock("@/server/jobs/get-job-queue", async () => ({
  getJobQueue: (await import("@/server/testing/held-job-queue")).getHeldJobQueue,
}));

const QUOTES = 50;
const REPUBLISHED = 10;
/** Fast enough for a test, with the production logic: backoff, longer waits, claims, expiry. */
const policy: SyncPolicy = {
  ...defaultSyncPolicy,
  maxAttempts: 20,
  retryDelaySeconds: 1,
  rateLimitWaitSeconds: 1,
  busyWaitSeconds: 1,
  claimSeconds: 20,
  requestTimeoutMs: 1_500,
  concurrency: 4,
  pollingIntervalSeconds: 0.5,
  expireInSeconds: 30,
};
/**
 * Mixed faults on every API request, about 30 % together: each applies to its share of the requests
 * the faults before it let through (1 − 0.91 × 0.94 × 0.94 × 0.95 × 0.96 × 0.96 ≈ 0.298). The delayed
 * answers arrive after the app gave up waiting, so those writes land without the app knowing.
 */
const faults = [
  { errorCode: "UNABLE_TO_LOCK_ROW", fraction: 0.09 },
  { errorCode: "SERVER_UNAVAILABLE", fraction: 0.06 },
  { action: "drop", fraction: 0.06 },
  { action: "delay", delayMs: policy.requestTimeoutMs + 1_000, fraction: 0.05 },
  { errorCode: "REQUEST_LIMIT_EXCEEDED", fraction: 0.04 },
  { errorCode: "UNKNOWN_EXCEPTION", status: 500, fraction: 0.04 },
];

let org: Awaited<ReturnType<typeof startSyncTestOrg>>;
beforeAll(async () => {
  org = await startSyncTestOrg();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await org.stop();
});

describe.each(testDatabases())("syncing under faults on $name", (database) => {
  let t: SyncTestDatabase;
  let second: PgBoss | undefined;
  beforeAll(async () => {
    await org.local("/__local/reset", "POST");
    t = await openSyncTestDatabase(database);
    await connectLocalOrgAtStart({ db: t.handle.db });
  });
  afterAll(async () => {
    await org.local("/__local/faults", "DELETE");
    await second?.stop({ graceful: false, wait: true, close: false });
    await t.close();
  });

  it("writes 50 quotes exactly once with exactly their children while 30 % of requests fail and the worker restarts", async () => {
    const started = Date.now();
    const db = t.handle.db;
    // As at start in production: the queue carries the policy's retries before anything is enqueued.
    await createSalesforceSyncQueue({ boss: t.boss, policy });
    const ids: string[] = [];
    for (let index = 0; index < QUOTES; index++) {
      const quote = await createQuote({ db, actor: t.actor, body: { salesforceOpportunityId: ACME_OPPORTUNITY } });
      const body = publishableQuote({
        productId: t.productId,
        customerId: t.customerId,
        title: `Fault test ${index}`,
        phases: 1 + (index % 2),
        pricesPerPhase: 2 + (index % 4),
      });
      await updateQuote({ db, actor: t.actor, id: quote.id, body });
      await publishQuote({ db, actor: t.actor, id: quote.id, body: { sendRecipientsEmail: false } });
      ids.push(quote.id);
    }
    for (const fault of faults) {
      await org.local("/__local/faults", "POST", { method: "*", path: "/services/data/*", ...fault });
    }
    await startSalesforceSyncWorker({ boss: t.boss, db, policy });

    const synced = async () =>
      (
        await db
          .select()
          .from(salesforceSyncStates)
          .where(and(eq(salesforceSyncStates.entityType, "quote"), inArray(salesforceSyncStates.entityId, ids)))
      ).filter((state) => state.lastError === null && (state.syncedVersion ?? -1) >= (state.requestedVersion ?? 0));
    await vi.waitFor(async () => expect((await synced()).length).toBeGreaterThanOrEqual(QUOTES / 3), {
      timeout: 30_000,
      interval: 250,
    });

    // Midway: some quotes change (fewer children, so the sync must delete), and the worker dies.
    for (const id of ids.slice(0, REPUBLISHED)) {
      const body = publishableQuote({
        productId: t.productId,
        customerId: t.customerId,
        title: "Republished",
        phases: 1,
        pricesPerPhase: 2,
      });
      await updateQuote({ db, actor: t.actor, id, body });
      await publishQuote({ db, actor: t.actor, id, body: { sendRecipientsEmail: false } });
    }
    await t.boss.stop({ graceful: false, wait: true, close: false });
    second = createJobQueue({ handle: t.handle });
    await second.start();
    holdJobQueue(second);
    await startSalesforceSyncWorker({ boss: second, db, policy });

    try {
      await vi.waitFor(async () => expect((await synced()).length).toBe(QUOTES), { timeout: 50_000, interval: 250 });
    } catch (error) {
      const done = new Set((await synced()).map((state) => state.entityId));
      for (const id of ids.filter((candidate) => !done.has(candidate))) {
        const [state] = await db.select().from(salesforceSyncStates).where(eq(salesforceSyncStates.entityId, id));
        const jobs = await executeRows(
          db,
          sql`select state, retry_count, start_after, completed_on, output from pgboss.job where data->>'entityId' = ${id} order by created_on`,
        );
        console.error(`[fault test] ${id} not synced`, JSON.stringify({ state, jobs }, null, 1));
      }
      throw error;
    }
    await org.local("/__local/faults", "DELETE");
    const requests = (await org.local("/__local/requests")).body as {
      requests: { fault: string | null; status: number; path: string; durationMs: number }[];
    };
    const graphCalls = requests.requests.filter((request) => request.path.endsWith("/composite/graph"));
    // The log names the fault of an error or a drop; a delayed answer shows in its duration.
    const faulted = graphCalls.filter(
      (request) => request.fault !== null || request.durationMs >= policy.requestTimeoutMs,
    ).length;
    console.log(
      `[fault test on ${database.name}] ${QUOTES} quotes (${REPUBLISHED} republished), ${graphCalls.length} graph requests, ${faulted} of them faulted, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    for (const id of ids) {
      const loaded = await loadQuoteSyncSnapshot({ db, quoteId: id });
      if (loaded.kind !== "ready") throw new Error(`quote ${id} is not ready to sync`);
      const expected = mapQuoteRecords(loaded.snapshot, new Date());
      const records = await org.query(
        `SELECT Id, OwnerId, Title__c FROM Sequence_Quote__c WHERE Sequence_Id__c = '${id}'`,
      );
      expect(records, `quote ${id} once`).toHaveLength(1);
      expect(records[0]).toMatchObject({ OwnerId: RITA_ID, Title__c: loaded.snapshot.title });
      for (const object of ["Sequence_Phase__c", "Sequence_Price__c", "Sequence_Discount__c", "Sequence_Minimum__c"]) {
        const children = await org.query(
          `SELECT Sequence_Id__c, OwnerId FROM ${object} WHERE Quote__c = '${String(records[0]?.Id)}'`,
        );
        expect(children.map((child) => String(child.Sequence_Id__c)).sort(), `${object} of ${id}`).toEqual(
          expected
            .filter((record) => record.object === object)
            .map((record) => record.externalId)
            .sort(),
        );
        expect(children.every((child) => child.OwnerId === RITA_ID)).toBe(true);
      }
    }
    expect(faulted).toBeGreaterThan(0);
  }, 120_000);
});
