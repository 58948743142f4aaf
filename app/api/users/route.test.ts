import { sealData } from "iron-session";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as itemRoute from "@/app/api/users/[id]/route";
import * as listRoute from "@/app/api/users/route";
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

describe.each(testDatabases())("users API on $name", ({ open }) => {
  let handle: DatabaseHandle;
  const headersFor = async (userId: string) => ({
    [csrfHeader.name]: csrfHeader.value,
    cookie: `${SESSION_COOKIE}=${await sealData(
      { userId, salesforceUserId: "x", salesforceOrgId: "y", signedInAt: new Date().toISOString() },
      { password: "test-session-secret-0123456789abcdefghijklmnop", ttl: 3600 },
    )}`,
  });
  let admin: typeof users.$inferSelect;
  let rep: typeof users.$inferSelect;

  beforeAll(async () => {
    handle = await open();
    holdDatabase(handle.db);
    [admin, rep] = (await handle.db
      .insert(users)
      .values([
        {
          salesforceUserId: "005A",
          salesforceOrgId: "00D",
          username: "admin@x.test",
          name: "Ada Admin",
          role: "admin",
        },
        { salesforceUserId: "005B", salesforceOrgId: "00D", username: "rep@x.test", name: "Rex Rep", role: "rep" },
      ])
      .returning()) as [typeof users.$inferSelect, typeof users.$inferSelect];
  });
  afterAll(async () => {
    holdDatabase(undefined);
    await handle.close();
  });

  it("lets an admin list users and change a role, and keeps reps out", async () => {
    const list = await callRoute(listRoute.GET, "GET", "/api/users", { headers: await headersFor(admin.id) });
    expect(list.json.items.map((u: { name: string }) => u.name)).toEqual(["Ada Admin", "Rex Rep"]);
    const denied = await callRoute(listRoute.GET, "GET", "/api/users", { headers: await headersFor(rep.id) });
    expect(denied.status).toBe(403);
    const promote = await callRoute(itemRoute.PATCH, "PATCH", "/api/users/x", {
      headers: await headersFor(rep.id),
      params: { id: rep.id },
      body: { role: "admin" },
    });
    expect(promote.status).toBe(403);
    const made = await callRoute(itemRoute.PATCH, "PATCH", "/api/users/x", {
      headers: await headersFor(admin.id),
      params: { id: rep.id },
      body: { role: "approver" },
    });
    expect(made.json.role).toBe("approver");
  });

  it("never demotes the last admin", async () => {
    const response = await callRoute(itemRoute.PATCH, "PATCH", "/api/users/x", {
      headers: await headersFor(admin.id),
      params: { id: admin.id },
      body: { role: "rep" },
    });
    expect(response.status).toBe(409);
    expect(response.json.error.code).toBe("last_admin");
  });
});
