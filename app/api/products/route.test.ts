import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as listRoute from "@/app/api/products/route";
import type { DatabaseHandle } from "@/server/db/database";
import { testDatabases } from "@/server/db/test-databases";
import { demoCatalog } from "@/server/demo/demo-catalog";
import { seedDemoData } from "@/server/demo/seed-demo-data";
import { basicAuthHeader } from "@/server/testing/basic-auth";
import { callRoute } from "@/server/testing/call-route";
import { holdDatabase } from "@/server/testing/held-database";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));

const names = (page: { json: { items: { name: string }[] } }) => page.json.items.map((product) => product.name);

describe.each(testDatabases())("products API on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let auth: { authorization: string };
  const list = (query: Record<string, string>) =>
    callRoute(listRoute.GET, "GET", "/api/products", { headers: auth, query });

  beforeAll(async () => {
    handle = await open();
    holdDatabase(handle.db);
    auth = await basicAuthHeader(handle.db);
    // The demo catalog's ids are name-based (UUIDv5), so they do not sort by age.
    await seedDemoData({ db: handle.db });
    for (const name of ["Newer A", "Newer B"]) {
      const created = await callRoute(listRoute.POST, "POST", "/api/products", { headers: auth, body: { name } });
      expect(created.status).toBe(201);
    }
  });
  afterAll(async () => {
    holdDatabase(undefined);
    await handle.close();
  });

  it("lists newest first, as Sequence does, whatever the ids", async () => {
    expect(names(await list({ limit: "2" }))).toEqual(["Newer B", "Newer A"]);
  });

  it("lists oldest first with sortOrder=ASC and pages the same order both ways", async () => {
    const all = names(await list({ sortOrder: "ASC", limit: "100" }));
    expect(all.slice(-2)).toEqual(["Newer A", "Newer B"]);
    expect(all).toHaveLength(demoCatalog.length + 2);
    const first = await list({ sortOrder: "ASC", limit: "4" });
    const second = await list({ sortOrder: "ASC", limit: "4", after: first.json.pagination.after });
    expect([...names(first), ...names(second)]).toEqual(all.slice(0, 8));
    const back = await list({ sortOrder: "ASC", limit: "4", before: second.json.pagination.before });
    expect(names(back)).toEqual(names(first));
  });

  it("names a wrong sortOrder", async () => {
    const response = await list({ sortOrder: "up" });
    expect(response.status).toBe(400);
    expect(response.json.error.errors).toEqual([{ path: "sortOrder", message: 'must be "ASC" or "DESC"' }]);
  });
});
