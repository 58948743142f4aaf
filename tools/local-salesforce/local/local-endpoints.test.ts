import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";
import { ADA, firstError, RITA, startTestOrg, type TestOrg } from "@/tools/local-salesforce/testing/test-org";

let org: TestOrg;
let rita: string;

beforeAll(async () => {
  org = await startTestOrg({
    clientId: "test-client",
    clientSecret: "test-secret",
    callbackUrls: ["http://localhost:3000/auth/callback"],
  });
  rita = await org.token(RITA);
});
afterAll(() => org.stop());

interface Log {
  apiCalls: number;
  requests: Array<{ method: string; path: string; status: number; apiCall: boolean; time: string }>;
}

describe("test endpoints", () => {
  it("expose the connected app and the demo users", async () => {
    expect((await org.local("/__local/connected-app")).body).toEqual({
      clientId: "test-client",
      clientSecret: "test-secret",
      callbackUrls: ["http://localhost:3000/auth/callback"],
    });
    const users = (await org.local("/__local/users")).body as Array<{
      username: string;
      role: string;
      id: string;
      name: string;
    }>;
    expect(users.map((user) => [user.username, user.role, user.name])).toEqual([
      [ADA, "admin", "Ada Admin"],
      [RITA, "rep", "Rita Reyes"],
      ["sam.rep@sequence-demo.test", "rep", "Sam Okafor"],
      ["alex.approver@sequence-demo.test", "approver", "Alex Morgan"],
    ]);
  });

  it("log requests and count API calls: one per REST request, composite included, OAuth and 401s not", async () => {
    await org.local("/__local/requests", "DELETE");
    await org.api(rita, "GET", "/limits");
    await org.api(rita, "POST", "/composite", {
      compositeRequest: [
        { method: "GET", url: "/services/data/v62.0/sobjects/Account/describe", referenceId: "a" },
        { method: "GET", url: "/services/data/v62.0/sobjects/Contact/describe", referenceId: "b" },
      ],
    });
    await org.api("bad-token", "GET", "/limits");
    await org.token(RITA);
    await fetch(`${org.url}/services/data`);
    const log = (await org.local("/__local/requests")).body as Log;
    expect(log.apiCalls).toBe(2);
    expect(log.requests.map((entry) => [entry.method, entry.path, entry.status, entry.apiCall])).toEqual([
      ["GET", "/services/data/v62.0/limits", 200, true],
      ["POST", "/services/data/v62.0/composite", 200, true],
      ["GET", "/services/data/v62.0/limits", 401, false],
      ["POST", "/services/oauth2/token", 200, false],
      ["GET", "/services/data", 200, false],
    ]);
    expect(Date.parse(log.requests[0]?.time ?? "")).not.toBeNaN();
  });

  it("inject faults: an error code for the next N requests, then back to normal", async () => {
    await org.local("/__local/faults", "POST", {
      method: "PATCH",
      path: "/services/data/*/sobjects/Opportunity/*",
      errorCode: "UNABLE_TO_LOCK_ROW",
      times: 1,
    });
    const locked = await org.api(rita, "PATCH", `/sobjects/Opportunity/${demoOpportunityId(51)}`, { NextStep: "Call" });
    expect(locked.status).toBe(400);
    expect(firstError(locked.body)).toMatchObject({ errorCode: "UNABLE_TO_LOCK_ROW" });
    const retried = await org.api(rita, "PATCH", `/sobjects/Opportunity/${demoOpportunityId(51)}`, {
      NextStep: "Call",
    });
    expect(retried.status).toBe(204);

    await org.local("/__local/faults", "POST", {
      path: "/services/data/v62.0/limits",
      errorCode: "REQUEST_LIMIT_EXCEEDED",
      times: 1,
    });
    const limited = await org.api(rita, "GET", "/limits");
    expect(limited.status).toBe(403);
    expect(limited.body).toEqual([{ message: "TotalRequests Limit exceeded.", errorCode: "REQUEST_LIMIT_EXCEEDED" }]);
  });

  it("inject a 500, a dropped connection, a delay, and faults for a share of requests", async () => {
    await org.local("/__local/faults", "POST", {
      method: "POST",
      path: "/services/data/*/composite/graph",
      status: 500,
      times: 1,
    });
    const failed = await org.api(rita, "POST", "/composite/graph", { graphs: [] });
    expect(failed.status).toBe(500);
    expect(firstError(failed.body).errorCode).toBe("UNKNOWN_EXCEPTION");

    await org.local("/__local/faults", "POST", { path: "/services/data/v62.0/sobjects", action: "drop", times: 1 });
    await expect(org.api(rita, "GET", "/sobjects")).rejects.toThrow();

    await org.local("/__local/faults", "POST", {
      path: "/services/data/v62.0/sobjects/Account/describe",
      action: "delay",
      delayMs: 150,
      times: 1,
    });
    const started = Date.now();
    expect((await org.api(rita, "GET", "/sobjects/Account/describe")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);

    await org.local("/__local/faults", "POST", {
      method: "GET",
      path: "/services/data/v62.0/sobjects/Contact/describe",
      status: 503,
      errorCode: "SERVER_UNAVAILABLE",
      fraction: 0.5,
    });
    const statuses: number[] = [];
    for (let index = 0; index < 4; index++)
      statuses.push((await org.api(rita, "GET", "/sobjects/Contact/describe")).status);
    expect(statuses).toEqual([503, 200, 503, 200]);
    expect((await org.local("/__local/faults")).body).toHaveLength(1);
    await org.local("/__local/faults", "DELETE");
    expect((await org.api(rita, "GET", "/sobjects/Contact/describe")).status).toBe(200);
  });

  it("answer 403 REQUEST_LIMIT_EXCEEDED once the daily allowance is used, as /limits reports", async () => {
    const limits = (await org.api(rita, "GET", "/limits")).body as {
      DailyApiRequests: { Max: number; Remaining: number };
    };
    const used = limits.DailyApiRequests.Max - limits.DailyApiRequests.Remaining;
    await org.local("/__local/settings", "POST", { apiRequestLimit: used + 1 });
    const last = await org.api(rita, "GET", "/limits");
    expect(last.headers.get("sforce-limit-info")).toBe(`api-usage=${used + 1}/${used + 1}`);
    expect((last.body as typeof limits).DailyApiRequests.Remaining).toBe(0);
    const refused = await org.api(rita, "GET", "/limits");
    expect(refused.status).toBe(403);
    expect(firstError(refused.body).errorCode).toBe("REQUEST_LIMIT_EXCEEDED");
    await org.local("/__local/settings", "POST", { apiRequestLimit: 15000 });
  });

  it("reset back to the demo org; settings validate their input", async () => {
    await org.api(rita, "POST", "/sobjects/Account", { Name: "Before reset" });
    await org.local("/__local/settings", "POST", { multiCurrency: false });
    expect((await org.local("/__local/reset", "POST")).body).toEqual({ reset: true });
    const accounts = await org.api(
      rita,
      "GET",
      `/query?q=${encodeURIComponent("SELECT COUNT() FROM Account WHERE Name = 'Before reset'")}`,
    );
    expect(accounts.body).toMatchObject({ totalSize: 0 });
    expect((await org.local("/__local/settings")).body).toEqual({
      multiCurrency: true,
      apiRequestLimit: 15000,
      accessTokenTtlSeconds: 7200,
    });
    const invalid = await org.local("/__local/settings", "POST", { multiCurrency: "yes" });
    expect(invalid.status).toBe(400);
  });
});

describe("persistence", () => {
  it("keeps records, tokens and the connected app across a restart of the same data folder", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "local-org-restart-"));
    const first = await startTestOrg({}, dataDir);
    const token = await first.token(RITA);
    const created = await first.api(token, "POST", "/sobjects/Account", { Name: "Survives restarts" });
    await first.stop();
    const second = await startTestOrg({}, dataDir);
    try {
      expect(second.orgId).toBe(first.orgId);
      expect(second.clientId).toBe(first.clientId);
      const read = await second.api(
        token,
        "GET",
        `/sobjects/Account/${(created.body as { id: string }).id}?fields=Name`,
      );
      expect(read.body).toMatchObject({ Name: "Survives restarts" });
      const quotes = await second.api(token, "GET", "/sobjects/Sequence_Quote__c/describe");
      const prefix = (quotes.body as { keyPrefix: string }).keyPrefix;
      expect(prefix).toMatch(/^a[0-9A-Za-z]{2}$/);
    } finally {
      await second.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
