import { sealData } from "iron-session";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as quotesRoute from "@/app/api/quotes/route";
import { csrfHeader } from "@/lib/api/csrf-header";
import { SESSION_COOKIE } from "@/server/auth/session-options";
import type { DatabaseHandle } from "@/server/db/database";
import { users } from "@/server/db/schema/users";
import { testDatabases } from "@/server/db/test-databases";
import { callRoute } from "@/server/testing/call-route";
import { holdDatabase } from "@/server/testing/held-database";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));

const seal = (data: object, password = "test-session-secret-0123456789abcdefghijklmnop") =>
  sealData(data, { password, ttl: 3600 });

describe.each(testDatabases())("session authentication on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let cookie: string;
  beforeAll(async () => {
    handle = await open();
    holdDatabase(handle.db);
    const [user] = await handle.db
      .insert(users)
      .values({
        salesforceUserId: "005000000000009AAA",
        salesforceOrgId: "00D000000000001AAA",
        username: "rep@x.test",
        name: "Rep",
      })
      .returning();
    cookie = `${SESSION_COOKIE}=${await seal({
      userId: user!.id,
      salesforceUserId: "005000000000009AAA",
      salesforceOrgId: "00D000000000001AAA",
      signedInAt: new Date().toISOString(),
    })}`;
  });
  afterAll(async () => {
    holdDatabase(undefined);
    await handle.close();
  });

  it("lets a signed-in user read and, with the UI's header, write", async () => {
    expect((await callRoute(quotesRoute.GET, "GET", "/api/quotes", { headers: { cookie } })).status).toBe(200);
    const created = await callRoute(quotesRoute.POST, "POST", "/api/quotes", {
      headers: { cookie, [csrfHeader.name]: csrfHeader.value },
      body: { title: "Mine" },
    });
    expect(created.status).toBe(201);
  });

  it("refuses a state change from a session without the header (cross-site request)", async () => {
    const response = await callRoute(quotesRoute.POST, "POST", "/api/quotes", { headers: { cookie }, body: {} });
    expect(response.status).toBe(403);
    expect(response.json.error.message).toContain(csrfHeader.name);
  });

  it("ignores a cookie sealed with another key or naming no user", async () => {
    const forged = `${SESSION_COOKIE}=${await seal({ userId: "0190dae7-7228-7619-aad8-c51f56733b2b", salesforceUserId: "x", salesforceOrgId: "y", signedInAt: "z" }, "another-secret-that-is-long-enough-0123456789")}`;
    expect((await callRoute(quotesRoute.GET, "GET", "/api/quotes", { headers: { cookie: forged } })).status).toBe(401);
    const ghost = `${SESSION_COOKIE}=${await seal({ userId: "0190dae7-7228-7619-aad8-c51f56733b2b", salesforceUserId: "x", salesforceOrgId: "y", signedInAt: "z" })}`;
    expect((await callRoute(quotesRoute.GET, "GET", "/api/quotes", { headers: { cookie: ghost } })).status).toBe(401);
  });
});
