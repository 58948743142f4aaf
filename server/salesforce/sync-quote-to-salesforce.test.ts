import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { beginSignIn } from "@/server/auth/begin-sign-in";
import { completeSignIn } from "@/server/auth/complete-sign-in";
import { testDatabases } from "@/server/db/test-databases";
import { salesforceConnections, salesforceSyncStates } from "@/server/db/schema/salesforce";
import { acceptQuote } from "@/server/quotes/accept-quote";
import { archiveQuote } from "@/server/quotes/archive-quote";
import { createQuote } from "@/server/quotes/create-quote";
import { getQuote } from "@/server/quotes/get-quote";
import { publishQuote } from "@/server/quotes/publish-quote";
import { updateQuote } from "@/server/quotes/update-quote";
import { connectLocalOrgAtStart } from "@/server/salesforce/connect-local-org-at-start";
import { connectSalesforceIntegration } from "@/server/salesforce/connect-salesforce-integration";
import { disconnectSalesforce } from "@/server/salesforce/disconnect-salesforce";
import { fetchIdentity } from "@/server/salesforce/fetch-identity";
import { getSalesforceConnection } from "@/server/salesforce/get-salesforce-connection";
import { getQuoteSalesforceSync } from "@/server/salesforce/get-quote-salesforce-sync";
import { requestClientCredentialsToken } from "@/server/salesforce/request-client-credentials-token";
import { retryQuoteSync } from "@/server/salesforce/retry-quote-sync";
import { defaultSyncPolicy, type SyncPolicy } from "@/server/salesforce/sync-policy";
import { syncQuoteToSalesforce } from "@/server/salesforce/sync-quote-to-salesforce";
import { publishableQuote } from "@/server/testing/publishable-quote";
import {
  ACME_ACCOUNT,
  ACME_OPPORTUNITY,
  RITA_ID,
  openSyncTestDatabase,
  startSyncTestOrg,
  type SyncTestDatabase,
} from "@/server/testing/sync-test-harness";
import { ADA } from "@/tools/local-salesforce/testing/test-org";

/** Set to make the next client-credentials token requests fail as Salesforce answers them. */
const clientCredentials = vi.hoisted(() => ({ refusal: undefined as Response | undefined }));
vi.mock("@/server/salesforce/request-client-credentials-token", async (importOriginal) => {
  const actual = await importOriginal<{ requestClientCredentialsToken: typeof requestClientCredentialsToken }>();
  const oauth = await import("oauth4webapi");
  return {
    requestClientCredentialsToken: async () => {
      const refusal = clientCredentials.refusal;
      if (!refusal) return actual.requestClientCredentialsToken();
      const server = { issuer: "https://login.salesforce.com", token_endpoint: "https://login.salesforce.com/token" };
      await oauth.processClientCredentialsResponse(server, { client_id: "x" }, refusal.clone());
      throw new Error("the refusal was accepted");
    },
  };
});
vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));
vi.mock("@/server/jobs/get-job-queue", async () => ({
  getJobQueue: (await import("@/server/testing/held-job-queue")).getHeldJobQueue,
}));

const policy: SyncPolicy = { ...defaultSyncPolicy, requestTimeoutMs: 2_000, maxAttempts: 3 };
const GRAPH = "/services/data/*/composite/graph";

let org: Awaited<ReturnType<typeof startSyncTestOrg>>;
beforeAll(async () => {
  org = await startSyncTestOrg();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await org.stop();
});

describe.each(testDatabases())("syncing a published quote to Salesforce on $name", (database) => {
  let t: SyncTestDatabase;
  beforeAll(async () => {
    await org.local("/__local/reset", "POST");
    t = await openSyncTestDatabase(database);
    expect(await connectLocalOrgAtStart({ db: t.handle.db })).toBe(true);
  });
  afterAll(() => t.close());
  afterEach(async () => {
    await org.local("/__local/faults", "DELETE");
  });

  const quoteBody = (shape: { phases?: number; pricesPerPhase?: number } = {}) =>
    publishableQuote({ productId: t.productId, customerId: t.customerId, ...shape });
  const publish = async (body = quoteBody(), id?: string) => {
    const quoteId =
      id ??
      (await createQuote({ db: t.handle.db, actor: t.actor, body: { salesforceOpportunityId: ACME_OPPORTUNITY } })).id;
    await updateQuote({ db: t.handle.db, actor: t.actor, id: quoteId, body });
    return publishQuote({ db: t.handle.db, actor: t.actor, id: quoteId, body: { sendRecipientsEmail: false } });
  };
  const sync = (quoteId: string) => syncQuoteToSalesforce({ db: t.handle.db, quoteId, policy });
  const calls = async () => ((await org.local("/__local/requests")).body as { apiCalls: number }).apiCalls;
  const fault = (body: Record<string, unknown>) => org.local("/__local/faults", "POST", { path: GRAPH, ...body });
  /** Every record the org holds for the quote, by object, as external ids (sorted), and the quote record. */
  const inOrg = async (quoteId: string) => {
    const [quote] = await org.query(
      `SELECT Id, Status__c, Accepted_At__c, Archived_At__c, Title__c FROM Sequence_Quote__c WHERE Sequence_Id__c = '${quoteId}'`,
    );
    const children = async (object: string) =>
      quote
        ? (await org.query(`SELECT Sequence_Id__c FROM ${object} WHERE Quote__c = '${String(quote.Id)}'`))
            .map((row) => String(row.Sequence_Id__c))
            .sort()
        : [];
    return {
      quote,
      phases: await children("Sequence_Phase__c"),
      prices: await children("Sequence_Price__c"),
      discounts: await children("Sequence_Discount__c"),
      minimums: await children("Sequence_Minimum__c"),
    };
  };
  const waitForClaimToLapse = async (quoteId: string) => {
    const until = (await stateOf(quoteId))?.claimedUntil?.getTime() ?? 0;
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(until), { timeout: policy.requestTimeoutMs + 1_000 });
  };
  const stateOf = async (quoteId: string) =>
    (
      await t.handle.db
        .select()
        .from(salesforceSyncStates)
        .where(and(eq(salesforceSyncStates.entityType, "quote"), eq(salesforceSyncStates.entityId, quoteId)))
    )[0];

  it("writes the quote with its phases, prices, discounts and minimums in one call, owned by the opportunity's owner", async () => {
    const quote = await publish();
    await org.local("/__local/requests", "DELETE");
    const outcome = await syncQuoteToSalesforce({ db: t.handle.db, quoteId: quote.id, policy });
    expect(outcome).toEqual({ kind: "synced", calls: 1 });
    expect(await calls()).toBe(1);
    const [record] = await org.query(
      `SELECT Id, Name, OwnerId, CurrencyIsoCode, Opportunity__c, Account__c, Status__c, Quote_Number__c, Version__c, Total_Contract_Value__c, Quote_URL__c FROM Sequence_Quote__c WHERE Sequence_Id__c = '${quote.id}'`,
    );
    expect(record).toMatchObject({
      Name: quote.quoteNumber,
      OwnerId: RITA_ID,
      CurrencyIsoCode: "USD",
      Opportunity__c: ACME_OPPORTUNITY,
      Account__c: ACME_ACCOUNT,
      Status__c: "PUBLISHED",
      Version__c: 1,
      Quote_URL__c: `http://cpq.test/quotes/${quote.id}`,
    });
    const prices = await org.query(
      `SELECT Id, OwnerId FROM Sequence_Price__c WHERE Quote__c = '${String(record?.Id)}'`,
    );
    expect(prices).toHaveLength(6);
    expect(prices.every((price) => price.OwnerId === RITA_ID)).toBe(true);
  });

  it("updates the same records when republished and deletes the children the new version lost, in one call", async () => {
    const quote = await publish(quoteBody({ phases: 2, pricesPerPhase: 3 }));
    await sync(quote.id);
    const before = await inOrg(quote.id);
    expect([before.phases.length, before.prices.length, before.discounts.length, before.minimums.length]).toEqual([
      2, 6, 2, 2,
    ]);
    await publish({ ...quoteBody({ phases: 1, pricesPerPhase: 2 }), title: "Smaller" }, quote.id);
    await org.local("/__local/requests", "DELETE");
    expect(await sync(quote.id)).toEqual({ kind: "synced", calls: 1 });
    expect(await calls()).toBe(1);
    const after = await inOrg(quote.id);
    expect(after.quote).toMatchObject({ Id: before.quote?.Id, Title__c: "Smaller" });
    expect([after.phases.length, after.prices.length, after.discounts.length, after.minimums.length]).toEqual([
      1, 2, 1, 1,
    ]);
    expect(after.prices.every((id) => before.prices.includes(id))).toBe(true);
    const state = await stateOf(quote.id);
    expect(state?.syncedChildIds.Sequence_Price__c?.sort()).toEqual(after.prices);
  });

  it("recovers from a write that landed but whose answer was lost: no duplicate, and children already gone are not an error", async () => {
    const quote = await publish(quoteBody({ phases: 2, pricesPerPhase: 3 }));
    await sync(quote.id);
    await publish(quoteBody({ phases: 1, pricesPerPhase: 3 }), quote.id);
    // Salesforce answers after the app has given up waiting; the write itself goes through.
    await fault({ action: "delay", delayMs: policy.requestTimeoutMs + 500, times: 1 });
    const lost = await sync(quote.id);
    expect(lost).toMatchObject({ kind: "retry", error: { code: "TIMEOUT", permanent: false } });
    await vi.waitFor(async () => expect((await inOrg(quote.id)).phases).toHaveLength(1), { timeout: 5_000 });
    // Until the lost request would have timed out, no other write may start (it could land after it).
    expect(await sync(quote.id)).toMatchObject({ kind: "deferred" });
    await waitForClaimToLapse(quote.id);
    await org.local("/__local/requests", "DELETE");
    expect(await sync(quote.id)).toEqual({ kind: "synced", calls: 2 });
    const after = await inOrg(quote.id);
    expect([after.phases.length, after.prices.length, after.discounts.length, after.minimums.length]).toEqual([
      1, 3, 1, 1,
    ]);
    const all = await org.query(`SELECT Id FROM Sequence_Quote__c WHERE Sequence_Id__c = '${quote.id}'`);
    expect(all).toHaveLength(1);
    expect(await stateOf(quote.id)).toMatchObject({ lastError: null, attempts: 0, isPending: false });
  });

  it("stops on a refusal with Salesforce's message, and writes once the cause is fixed and an admin retries", async () => {
    const quote = await publish();
    await org.local("/__local/settings", "POST", { multiCurrency: false });
    try {
      const refused = await sync(quote.id);
      expect(refused).toMatchObject({
        kind: "failed",
        error: { code: "INVALID_FIELD", permanent: true, message: expect.stringContaining("CurrencyIsoCode") },
      });
      const shown = await getQuote({ db: t.handle.db, actor: t.actor, id: quote.id });
      expect(shown.integrationIds[0]).toMatchObject({ service: "Salesforce", isPending: false });
      expect(shown.salesforceSyncError).toMatchObject({ code: "INVALID_FIELD", permanent: true });
      expect(await sync(quote.id)).toMatchObject({ kind: "failed" });
    } finally {
      await org.local("/__local/settings", "POST", { multiCurrency: true });
    }
    const retried = await retryQuoteSync({ db: t.handle.db, actor: t.actor, id: quote.id });
    expect(retried).toMatchObject({ status: "retrying", attempts: 0 });
    expect(await sync(quote.id)).toMatchObject({ kind: "synced" });
    expect(await getQuoteSalesforceSync({ db: t.handle.db, actor: t.actor, id: quote.id })).toMatchObject({
      status: "synced",
      integrationId: { isPending: false, id: expect.stringMatching(/^a/) },
    });
    await expect(retryQuoteSync({ db: t.handle.db, actor: t.actor, id: quote.id })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("retries what is passing (a row lock, Salesforce unavailable, a dropped connection), and gives up after the last attempt", async () => {
    const quote = await publish();
    await fault({ errorCode: "UNABLE_TO_LOCK_ROW", times: 1 });
    expect(await sync(quote.id)).toMatchObject({ kind: "retry", error: { code: "UNABLE_TO_LOCK_ROW" } });
    expect(await stateOf(quote.id)).toMatchObject({ isPending: true, attempts: 1 });
    await fault({ errorCode: "SERVER_UNAVAILABLE", times: 1 });
    expect(await sync(quote.id)).toMatchObject({ kind: "retry", error: { code: "SERVER_UNAVAILABLE" } });
    await fault({ action: "drop", times: 1 });
    expect(await sync(quote.id)).toMatchObject({
      kind: "failed",
      error: { code: "ECONNRESET", permanent: true, message: expect.stringContaining("Gave up after 3 attempts") },
    });
    expect(await stateOf(quote.id)).toMatchObject({ isPending: false, attempts: 3 });
    // The unanswered request keeps other writes off the quote until it would have timed out.
    await retryQuoteSync({ db: t.handle.db, actor: t.actor, id: quote.id });
    expect(await sync(quote.id)).toMatchObject({ kind: "deferred" });
    await vi.waitFor(async () => expect(await sync(quote.id)).toMatchObject({ kind: "synced" }), {
      timeout: policy.requestTimeoutMs + 2_000,
      interval: 250,
    });
    expect((await inOrg(quote.id)).prices).toHaveLength(6);
  });

  it("records a passing failure as final when its job will not be retried again", async () => {
    const quote = await publish();
    await fault({ errorCode: "UNABLE_TO_LOCK_ROW", times: 1 });
    expect(
      await syncQuoteToSalesforce({ db: t.handle.db, quoteId: quote.id, policy, finalAttempt: true }),
    ).toMatchObject({ kind: "failed", error: { code: "UNABLE_TO_LOCK_ROW", permanent: true } });
    expect(await stateOf(quote.id)).toMatchObject({ isPending: false, attempts: 1 });
  });

  it("waits longer when the org's API allowance is used up, without spending an attempt", async () => {
    const quote = await publish();
    await fault({ errorCode: "REQUEST_LIMIT_EXCEEDED", times: 1 });
    const outcome = await sync(quote.id);
    expect(outcome).toMatchObject({ kind: "deferred" });
    if (outcome.kind !== "deferred") throw new Error("not deferred");
    expect(outcome.seconds).toBeGreaterThanOrEqual(policy.rateLimitWaitSeconds);
    expect(outcome.seconds).toBeLessThanOrEqual(2 * policy.rateLimitWaitSeconds);
    expect(await stateOf(quote.id)).toMatchObject({
      attempts: 0,
      isPending: true,
      lastError: { code: "REQUEST_LIMIT_EXCEEDED", permanent: false, nextAttemptAt: expect.any(String) },
    });
    expect(await sync(quote.id)).toMatchObject({ kind: "synced" });
  });

  it("never lets two attempts write one quote, and a job that is no longer needed costs no call", async () => {
    const quote = await publish();
    await t.handle.db
      .update(salesforceSyncStates)
      .set({ claimedBy: "0190dae7-7228-7619-aad8-c51f56733b2b", claimedUntil: new Date(Date.now() + 60_000) })
      .where(eq(salesforceSyncStates.entityId, quote.id));
    expect(await sync(quote.id)).toEqual({
      kind: "deferred",
      seconds: policy.busyWaitSeconds,
      reason: expect.any(String),
    });
    await t.handle.db
      .update(salesforceSyncStates)
      .set({ claimedUntil: new Date(Date.now() - 1_000) })
      .where(eq(salesforceSyncStates.entityId, quote.id));
    expect(await sync(quote.id)).toMatchObject({ kind: "synced" });
    await org.local("/__local/requests", "DELETE");
    expect(await sync(quote.id)).toEqual({ kind: "up_to_date" });
    expect(await calls()).toBe(0);
  });

  it("writes acceptance and archiving to the quote record", async () => {
    const quote = await publish();
    await sync(quote.id);
    await acceptQuote({ db: t.handle.db, actor: t.actor, id: quote.id });
    await sync(quote.id);
    expect((await inOrg(quote.id)).quote).toMatchObject({ Status__c: "ACCEPTED", Accepted_At__c: expect.any(String) });
    await archiveQuote({ db: t.handle.db, actor: t.actor, id: quote.id });
    await sync(quote.id);
    expect((await inOrg(quote.id)).quote).toMatchObject({ Archived_At__c: expect.any(String) });
  });

  it("stops, asking an admin to reconnect, when Salesforce refuses the client credentials", async () => {
    const quote = await publish();
    await org.local("/__local/expire-access-tokens", "POST");
    clientCredentials.refusal = Response.json(
      { error: "invalid_client", error_description: "invalid client credentials" },
      { status: 400 },
    );
    try {
      expect(await sync(quote.id)).toMatchObject({
        kind: "failed",
        error: { code: "CONNECTION_REVOKED", permanent: true, message: expect.stringContaining("invalid_client") },
      });
    } finally {
      clientCredentials.refusal = undefined;
    }
    await retryQuoteSync({ db: t.handle.db, actor: t.actor, id: quote.id });
    expect(await sync(quote.id)).toMatchObject({ kind: "synced" });
  });

  it("renews an expired access token and carries on", async () => {
    const quote = await publish();
    const [before] = await t.handle.db.select().from(salesforceConnections);
    await org.local("/__local/expire-access-tokens", "POST");
    expect(await sync(quote.id)).toMatchObject({ kind: "synced" });
    await vi.waitFor(async () => {
      const [after] = await t.handle.db.select().from(salesforceConnections);
      expect(after?.accessTokenEncrypted).not.toBe(before?.accessTokenEncrypted);
    });
  });

  it("writes a quote of 1,200 records in 3 calls, every child under its quote and phase", async () => {
    const quote = await publish(quoteBody({ phases: 1, pricesPerPhase: 1196 }));
    await org.local("/__local/requests", "DELETE");
    expect(await sync(quote.id)).toEqual({ kind: "synced", calls: 3 });
    expect(await calls()).toBe(3);
    const { quote: record, prices, phases } = await inOrg(quote.id);
    expect([phases.length, prices.length]).toEqual([1, 1196]);
    const orphans = await org.query(
      `SELECT Id FROM Sequence_Price__c WHERE Quote__c = '${String(record?.Id)}' AND Phase__c = null`,
    );
    expect(orphans).toEqual([]);
  });

  it("waits while Salesforce is not connected, and goes out when an admin connects it", async () => {
    await disconnectSalesforce({ db: t.handle.db, actor: t.actor });
    const quote = await publish();
    expect(await sync(quote.id)).toMatchObject({ kind: "failed", error: { code: "NOT_CONNECTED" } });
    const tokens = await requestClientCredentialsToken();
    const identity = await fetchIdentity({ identityUrl: tokens.identityUrl, accessToken: tokens.accessToken });
    const check = await connectSalesforceIntegration({
      db: t.handle.db,
      actor: t.actor,
      tokens,
      identity,
      authFlow: "client_credentials",
    });
    expect(check.ok).toBe(true);
    expect(await stateOf(quote.id)).toMatchObject({ isPending: true, attempts: 0 });
    expect(await sync(quote.id)).toMatchObject({ kind: "synced" });
  });

  /** Connects the integration as an admin does: the web-server flow, with a refresh token. */
  const connectWithRefreshToken = async () => {
    const { redirectUrl, flowCookie } = await beginSignIn({ returnTo: "/admin", purpose: "connect-integration" });
    const form = new URLSearchParams(new URL(redirectUrl).searchParams);
    form.set("username", ADA);
    const picked = await fetch(`${org.url}/services/oauth2/authorize`, {
      method: "POST",
      body: form,
      redirect: "manual",
    });
    const callbackUrl = new URL(String(picked.headers.get("location")));
    const { tokens, identity } = await completeSignIn({ db: t.handle.db, callbackUrl, flowCookie });
    await connectSalesforceIntegration({
      db: t.handle.db,
      actor: t.actor,
      tokens,
      identity,
      authFlow: "refresh_token",
    });
    return String(tokens.refreshToken);
  };
  const refreshWith = (refreshToken: string) =>
    fetch(`${org.url}/services/oauth2/token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: refreshToken,
        client_id: org.clientId,
        client_secret: org.clientSecret,
      }),
    });

  it("stops, asking an admin to reconnect, when Salesforce refuses the refresh token (invalid_grant)", async () => {
    const refreshToken = await connectWithRefreshToken();
    const quote = await publish();
    const revoked = await fetch(`${org.url}/services/oauth2/revoke`, {
      method: "POST",
      body: new URLSearchParams({ token: refreshToken }),
    });
    expect(revoked.status).toBe(200);
    await org.local("/__local/expire-access-tokens", "POST");
    expect(await sync(quote.id)).toMatchObject({
      kind: "failed",
      error: { code: "CONNECTION_REVOKED", permanent: true, message: expect.stringContaining("must reconnect") },
    });
    const connection = await getSalesforceConnection({ db: t.handle.db, actor: t.actor });
    expect(connection).toMatchObject({
      connected: true,
      lastCheck: { ok: false, items: [{ key: "connection", ok: false, fix: expect.stringContaining("Reconnect") }] },
    });
  });

  it("revokes the integration's refresh token at Salesforce when an admin reconnects or disconnects", async () => {
    const replaced = await connectWithRefreshToken();
    const refreshToken = await connectWithRefreshToken();
    expect(await (await refreshWith(replaced)).json()).toMatchObject({ error: "invalid_grant" });
    expect((await refreshWith(refreshToken)).status).toBe(200);
    await disconnectSalesforce({ db: t.handle.db, actor: t.actor });
    const refused = await refreshWith(refreshToken);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: "invalid_grant" });
  });
});
