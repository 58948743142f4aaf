import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as quoteSyncRoute from "@/app/api/quotes/[id]/salesforce-sync/route";
import * as checkRoute from "@/app/api/salesforce/connection/check/route";
import * as connectionRoute from "@/app/api/salesforce/connection/route";
import * as retryAllRoute from "@/app/api/salesforce/sync-states/retry/route";
import * as syncStatesRoute from "@/app/api/salesforce/sync-states/route";
import type { Actor } from "@/server/auth/actor";
import { executeRows } from "@/server/db/execute-rows";
import { salesforceSyncStates } from "@/server/db/schema/salesforce";
import { testDatabases } from "@/server/db/test-databases";
import { createQuote } from "@/server/quotes/create-quote";
import { publishQuote } from "@/server/quotes/publish-quote";
import { updateQuote } from "@/server/quotes/update-quote";
import { disconnectSalesforce } from "@/server/salesforce/disconnect-salesforce";
import { listSyncStates } from "@/server/salesforce/list-sync-states";
import { retryFailedSyncs } from "@/server/salesforce/retry-failed-syncs";
import { retryQuoteSync } from "@/server/salesforce/retry-quote-sync";
import { basicAuthHeader } from "@/server/testing/basic-auth";
import { callRoute } from "@/server/testing/call-route";
import { publishableQuote } from "@/server/testing/publishable-quote";
import { openSyncTestDatabase, type SyncTestDatabase } from "@/server/testing/sync-test-harness";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));
vi.mock("@/server/jobs/get-job-queue", async () => ({
  getJobQueue: (await import("@/server/testing/held-job-queue")).getHeldJobQueue,
}));

const rep: Actor = { kind: "user", userId: "0190dae7-7228-7619-aad8-c51f56733b2b", role: "rep", name: "Rep" };

describe.each(testDatabases())("the Salesforce admin API on $name", (database) => {
  let t: SyncTestDatabase;
  let auth: { authorization: string };
  beforeAll(async () => {
    t = await openSyncTestDatabase(database);
    auth = await basicAuthHeader(t.handle.db);
  });
  afterAll(() => t.close());

  const published = async (title: string) => {
    const quote = await createQuote({
      db: t.handle.db,
      actor: t.actor,
      body: { salesforceOpportunityId: "006Lo000000000pIAA" },
    });
    await updateQuote({
      db: t.handle.db,
      actor: t.actor,
      id: quote.id,
      body: publishableQuote({ productId: t.productId, customerId: t.customerId, title }),
    });
    return publishQuote({ db: t.handle.db, actor: t.actor, id: quote.id, body: { sendRecipientsEmail: false } });
  };
  const fail = (id: string, code: string) =>
    t.handle.db
      .update(salesforceSyncStates)
      .set({
        isPending: false,
        attempts: 3,
        lastError: { code, message: `${code} happened`, at: new Date().toISOString(), permanent: true },
      })
      .where(eq(salesforceSyncStates.entityId, id));
  const jobs = async (id: string) =>
    (
      await executeRows<{ n: number }>(
        t.handle.db,
        sql`select count(*)::int as n from pgboss.job where name = 'salesforce-sync' and data->>'entityId' = ${id}`,
      )
    )[0]?.n;

  it("reports no connection, and a disconnect without one is a 409", async () => {
    const connection = await callRoute(connectionRoute.GET, "GET", "/api/salesforce/connection", { headers: auth });
    expect(connection.json).toEqual({ connected: false });
    const disconnect = await callRoute(connectionRoute.DELETE, "DELETE", "/api/salesforce/connection", {
      headers: auth,
    });
    expect([disconnect.status, disconnect.json.error.code]).toEqual([409, "not_connected"]);
    const check = await callRoute(checkRoute.POST, "POST", "/api/salesforce/connection/check", { headers: auth });
    expect(check.json).toMatchObject({
      connected: false,
      lastCheck: { ok: false, items: [{ key: "connection", ok: false }] },
    });
  });

  it("lists what failed with Salesforce's reason, retries one, and retries everything not synced", async () => {
    const first = await published("First failure");
    const second = await published("Second failure");
    const waiting = await published("Still waiting");
    await fail(first.id, "FIELD_CUSTOM_VALIDATION_EXCEPTION");
    await fail(second.id, "INVALID_FIELD");
    const failed = await callRoute(syncStatesRoute.GET, "GET", "/api/salesforce/sync-states", {
      headers: auth,
      query: { status: "failed" },
    });
    expect(failed.json.items.map((item: { label: string }) => item.label)).toEqual([
      `${second.quoteNumber} — Second failure`,
      `${first.quoteNumber} — First failure`,
    ]);
    expect(failed.json.items[0]).toMatchObject({
      status: "failed",
      attempts: 3,
      error: { code: "INVALID_FIELD", message: "INVALID_FIELD happened", permanent: true },
    });
    const pending = await callRoute(syncStatesRoute.GET, "GET", "/api/salesforce/sync-states", {
      headers: auth,
      query: { status: "pending" },
    });
    expect(pending.json.items.map((item: { entityId: string }) => item.entityId)).toContain(waiting.id);

    const one = await callRoute(quoteSyncRoute.POST, "POST", "/api/quotes/x/salesforce-sync", {
      headers: auth,
      params: { id: first.id },
    });
    expect(one.json).toMatchObject({ status: "retrying", attempts: 0, error: { permanent: false } });
    expect(await jobs(first.id)).toBe(2);
    const all = await callRoute(retryAllRoute.POST, "POST", "/api/salesforce/sync-states/retry", { headers: auth });
    expect(all.json.retried).toBeGreaterThanOrEqual(3);
    expect(await jobs(second.id)).toBe(2);
    const state = await callRoute(quoteSyncRoute.GET, "GET", "/api/quotes/x/salesforce-sync", {
      headers: auth,
      params: { id: second.id },
    });
    expect(state.json).toMatchObject({ status: "retrying", integrationId: { service: "Salesforce", isPending: true } });
  });

  it("says when there is nothing to retry", async () => {
    const draft = await createQuote({ db: t.handle.db, actor: t.actor, body: {} });
    const none = await callRoute(quoteSyncRoute.POST, "POST", "/api/quotes/x/salesforce-sync", {
      headers: auth,
      params: { id: draft.id },
    });
    expect([none.status, none.json.error.code]).toEqual([409, "not_synced"]);
    const read = await callRoute(quoteSyncRoute.GET, "GET", "/api/quotes/x/salesforce-sync", {
      headers: auth,
      params: { id: draft.id },
    });
    expect(read.json).toEqual({ status: "not_synced", attempts: 0 });
  });

  it("is for admins (and API keys) only", async () => {
    const db = t.handle.db;
    const quote = await published("Rep cannot retry");
    await expect(listSyncStates({ db, actor: rep, query: { status: "failed" } })).rejects.toMatchObject({
      status: 403,
    });
    await expect(retryQuoteSync({ db, actor: rep, id: quote.id })).rejects.toMatchObject({ status: 403 });
    await expect(retryFailedSyncs({ db, actor: rep })).rejects.toMatchObject({ status: 403 });
    await expect(disconnectSalesforce({ db, actor: rep })).rejects.toMatchObject({ status: 403 });
  });
});
