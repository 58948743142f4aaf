import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as archiveRoute from "@/app/api/customers/[id]/archive/route";
import * as itemRoute from "@/app/api/customers/[id]/route";
import * as listRoute from "@/app/api/customers/route";
import { eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/server/db/database";
import { billingSchedules } from "@/server/db/schema/billing";
import { customers } from "@/server/db/schema/customers";
import { testDatabases } from "@/server/db/test-databases";
import { basicAuthHeader } from "@/server/testing/basic-auth";
import { callRoute } from "@/server/testing/call-route";
import { holdDatabase } from "@/server/testing/held-database";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));

/** The request example of POST /customers in Sequence's 2024-07-30 spec. */
const specExample = {
  legalName: "John Doe",
  address: {
    line1: "Flat 1",
    line2: "123 Fake Street",
    town: "New York",
    state: "NY",
    postcode: "AB1 2EF",
    country: "US",
  },
  url: "https://example.com/",
  label: "Example customer",
  taxStatus: "TAXED",
  customerAliases: ["b1c87177-088a-40ec-8917-9809343f3f9c"],
  integrationIds: [
    { service: "Xero", id: "123456789" },
    { service: "Stripe", id: "cus_OCtCxqQDgu1uX9" },
    { service: "HubSpot", id: "123456789" },
  ],
  parentId: "50af5191-05a3-42a5-802a-6b59091157af",
  contacts: [
    { name: "John Smith", email: "john.smith@example.com", billingPreference: "PRIMARY" },
    { name: "Anna Smith", email: "anna.smith@example.com", billingPreference: "STANDARD" },
    { name: "Penny Smith", email: "penny.smith@example.com", billingPreference: "NONE" },
  ],
  pushToIntegrations: ["Xero"],
  status: "ACTIVE",
  customProperties: { region: "EU", tier: "gold" },
};

const minimal = (legalName: string, extra: Record<string, unknown> = {}) => ({
  legalName,
  address: { line1: "1 Rue de Rivoli", town: "Paris", postcode: "75001", country: "FR" },
  contacts: [
    {
      name: "Camille Martin",
      email: `billing@${legalName.toLowerCase().replaceAll(" ", "")}.fr`,
      billingPreference: "PRIMARY",
    },
  ],
  ...extra,
});

describe.each(testDatabases())("customers API on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let auth: { authorization: string };

  beforeAll(async () => {
    handle = await open();
    holdDatabase(handle.db);
    auth = await basicAuthHeader(handle.db);
  });
  afterAll(async () => {
    holdDatabase(undefined);
    await handle.close();
  });

  it("creates the spec's example customer and reads it back", async () => {
    const created = await callRoute(listRoute.POST, "POST", "/api/customers", { headers: auth, body: specExample });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      legalName: "John Doe",
      address: specExample.address,
      taxStatus: "TAXED",
      status: "ACTIVE",
      customProperties: { region: "EU", tier: "gold" },
      integrationIds: specExample.integrationIds.map((link) => ({ ...link, isPending: false })),
    });
    expect(created.json.contacts.map((c: { email: string }) => c.email)).toEqual(
      specExample.contacts.map((c) => c.email),
    );
    const read = await callRoute(itemRoute.GET, "GET", "/api/customers/x", {
      headers: auth,
      params: { id: created.json.id },
    });
    expect(read.json).toEqual(created.json);
  });

  it("says which address field is wrong and what to do", async () => {
    const response = await callRoute(listRoute.POST, "POST", "/api/customers", {
      headers: auth,
      body: minimal("Acme", { address: { line1: "1 Main St", town: "Springfield", country: "United States" } }),
    });
    expect(response.status).toBe(400);
    expect(response.json.error.errors).toEqual(
      expect.arrayContaining([
        { path: "address.postcode", message: "is required" },
        { path: "address.country", message: expect.stringContaining("two-letter ISO 3166-1") },
      ]),
    );
    const usWithoutState = await callRoute(listRoute.POST, "POST", "/api/customers", {
      headers: auth,
      body: minimal("Acme", { address: { line1: "1 Main St", town: "Springfield", postcode: "12345", country: "US" } }),
    });
    expect(usWithoutState.json.error.errors).toEqual([
      { path: "address.state", message: "is required for addresses in the United States" },
    ]);
    const noPrimary = await callRoute(listRoute.POST, "POST", "/api/customers", {
      headers: auth,
      body: minimal("Acme", { contacts: [{ name: "A", email: "a@acme.test", billingPreference: "STANDARD" }] }),
    });
    expect(noPrimary.json.error.errors[0].path).toBe("contacts");
  });

  it("answers input PostgreSQL cannot store with a 400 at its path, never a 500", async () => {
    const response = await callRoute(listRoute.POST, "POST", "/api/customers", {
      headers: auth,
      body: minimal("Nul\u0000Co", { customProperties: { "tier\u0000": "gold" } }),
    });
    expect(response.status).toBe(400);
    // The helper also puts the name in the contact's email address.
    expect(response.json.error.errors.map((problem: { path: string }) => problem.path)).toEqual([
      "legalName",
      "contacts[0].email",
      "customProperties.tier\u0000",
    ]);
    expect(response.json.error.errors[0].message).toBe("must not contain the NUL character (\\u0000)");
    const badParent = await callRoute(listRoute.POST, "POST", "/api/customers", {
      headers: auth,
      body: minimal("Orphan", { parentId: "not-a-customer-id" }),
    });
    expect(badParent.status).toBe(400);
    expect(badParent.json.error.errors).toEqual([{ path: "parentId", message: "must be a UUID" }]);
    const search = await callRoute(listRoute.GET, "GET", "/api/customers", {
      headers: auth,
      query: { legalName: "\u0000" },
    });
    expect(search.status).toBe(400);
    expect(search.json.error.errors[0].path).toBe("legalName");
  });

  it("archives with POST, and with PUT as clients of the 2024-05-09 version do", async () => {
    for (const method of ["POST", "PUT"] as const) {
      const created = await callRoute(listRoute.POST, "POST", "/api/customers", {
        headers: auth,
        body: minimal(`Archived ${method}`),
      });
      const archived = await callRoute(archiveRoute[method], method, `/api/customers/${created.json.id}/archive`, {
        headers: auth,
        params: { id: created.json.id },
      });
      expect(archived.status).toBe(200);
      expect(archived.json.archivedAt).toEqual(expect.any(String));
    }
  });

  it("links one customer per Salesforce account, even when two creates race", async () => {
    const link = { integrationIds: [{ service: "Salesforce", id: "001000000000001AAA" }] };
    const results = await Promise.all([
      callRoute(listRoute.POST, "POST", "/api/customers", { headers: auth, body: minimal("Racer One", link) }),
      callRoute(listRoute.POST, "POST", "/api/customers", { headers: auth, body: minimal("Racer Two", link) }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const conflict = results.find((r) => r.status === 409);
    expect(conflict?.json.error.code).toBe("salesforce_account_already_linked");
    const winner = results.find((r) => r.status === 201);
    expect(winner?.json.integrationIds).toContainEqual({
      service: "Salesforce",
      id: "001000000000001AAA",
      isPending: false,
    });
  });

  it("keeps contact ids on update and archives contacts no longer listed", async () => {
    const created = await callRoute(listRoute.POST, "POST", "/api/customers", {
      headers: auth,
      body: minimal("Keeper", {
        contacts: [
          { name: "Ann", email: "ann@keeper.test", billingPreference: "PRIMARY" },
          { name: "Bob", email: "bob@keeper.test", billingPreference: "STANDARD" },
        ],
      }),
    });
    const ann = created.json.contacts[0];
    const updated = await callRoute(itemRoute.PUT, "PUT", "/api/customers/x", {
      headers: auth,
      params: { id: created.json.id },
      body: minimal("Keeper Ltd", {
        contacts: [
          { name: "Ann Smith", email: "ANN@keeper.test", billingPreference: "PRIMARY" },
          { name: "Cy", email: "cy@keeper.test", billingPreference: "NONE" },
        ],
      }),
    });
    expect(updated.status).toBe(200);
    expect(updated.json.legalName).toBe("Keeper Ltd");
    expect(updated.json.contacts.map((c: { name: string }) => c.name)).toEqual(["Ann Smith", "Cy"]);
    expect(updated.json.contacts[0].id).toBe(ann.id);
  });

  it("lists with filters and pages with cursors both ways", async () => {
    const names = ["Page A", "Page B", "Page C", "Page D", "Page E"];
    for (const name of names) {
      await callRoute(listRoute.POST, "POST", "/api/customers", { headers: auth, body: minimal(name) });
    }
    const first = await callRoute(listRoute.GET, "GET", "/api/customers", {
      headers: auth,
      query: { legalName: "page ", limit: "2" },
    });
    expect(first.json.items.map((c: { legalName: string }) => c.legalName)).toEqual(["Page E", "Page D"]);
    expect(first.json.pagination).toEqual({ after: expect.any(String), totalResultSize: 5 });
    const second = await callRoute(listRoute.GET, "GET", "/api/customers", {
      headers: auth,
      query: { legalName: "page ", limit: "2", after: first.json.pagination.after },
    });
    expect(second.json.items.map((c: { legalName: string }) => c.legalName)).toEqual(["Page C", "Page B"]);
    const back = await callRoute(listRoute.GET, "GET", "/api/customers", {
      headers: auth,
      query: { legalName: "page ", limit: "2", before: second.json.pagination.before },
    });
    expect(back.json.items.map((c: { legalName: string }) => c.legalName)).toEqual(["Page E", "Page D"]);
    const byEmail = await callRoute(listRoute.GET, "GET", "/api/customers", {
      headers: auth,
      query: { email: "BILLING@pagec.fr" },
    });
    expect(byEmail.json.items.map((c: { legalName: string }) => c.legalName)).toEqual(["Page C"]);
    const badLimit = await callRoute(listRoute.GET, "GET", "/api/customers", {
      headers: auth,
      query: { limit: "500" },
    });
    expect(badLimit.status).toBe(400);
    expect(badLimit.json.error.errors).toEqual([{ path: "limit", message: "must be at most 100" }]);
  });
});

describe.each(testDatabases())("customer list sorting and billing status on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let auth: { authorization: string };
  const list = (query: Record<string, string>) =>
    callRoute(listRoute.GET, "GET", "/api/customers", { headers: auth, query: { legalName: "sorted ", ...query } });
  const legalNames = (page: { json: { items: { legalName: string }[] } }) =>
    page.json.items.map((customer) => customer.legalName);

  beforeAll(async () => {
    handle = await open();
    holdDatabase(handle.db);
    auth = await basicAuthHeader(handle.db);
    const tiers = { "Sorted B": "gold", "Sorted C": "bronze", "Sorted A": "silver" };
    for (const [name, tier] of Object.entries(tiers)) {
      const created = await callRoute(listRoute.POST, "POST", "/api/customers", {
        headers: auth,
        body: minimal(name, { customProperties: { tier } }),
      });
      expect(created.status).toBe(201);
    }
  });
  afterAll(async () => {
    holdDatabase(undefined);
    await handle.close();
  });

  it("sorts by legal name or a custom property, and pages in that order", async () => {
    expect(legalNames(await list({ sortBy: "legalName", sortOrder: "ASC" }))).toEqual([
      "Sorted A",
      "Sorted B",
      "Sorted C",
    ]);
    expect(legalNames(await list({ sortBy: "customProperties.tier", sortOrder: "ASC" }))).toEqual([
      "Sorted C",
      "Sorted B",
      "Sorted A",
    ]);
    const first = await list({ sortBy: "legalName", limit: "2" });
    const second = await list({ sortBy: "legalName", limit: "2", after: first.json.pagination.after });
    expect([...legalNames(first), ...legalNames(second)]).toEqual(["Sorted C", "Sorted B", "Sorted A"]);
  });

  it("filters by billing status: customers with an active billing schedule, or without", async () => {
    const [customer] = await handle.db.select().from(customers).where(eq(customers.legalName, "Sorted B"));
    await handle.db
      .insert(billingSchedules)
      .values({ customerId: customer!.id, status: "ACTIVE", startDate: "2027-01-01" });
    expect(legalNames(await list({ billingStatus: "ACTIVE" }))).toEqual(["Sorted B"]);
    expect(legalNames(await list({ billingStatus: "INACTIVE" }))).toEqual(["Sorted A", "Sorted C"]);
  });

  it("names an unknown sort column or billing status", async () => {
    const response = await list({ sortBy: "shoeSize", billingStatus: "SOMETIMES" });
    expect(response.status).toBe(400);
    expect(response.json.error.errors.map((problem: { path: string }) => problem.path).sort()).toEqual([
      "billingStatus",
      "sortBy",
    ]);
  });
});
