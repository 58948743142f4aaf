import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as itemRoute from "@/app/api/quotes/[id]/route";
import * as listRoute from "@/app/api/quotes/route";
import type { Actor } from "@/server/auth/actor";
import type { DatabaseHandle } from "@/server/db/database";
import { quotes } from "@/server/db/schema/quotes";
import { users } from "@/server/db/schema/users";
import { testDatabases } from "@/server/db/test-databases";
import { seedDemoData } from "@/server/demo/seed-demo-data";
import { createQuote } from "@/server/quotes/create-quote";
import { getQuote } from "@/server/quotes/get-quote";
import { basicAuthHeader } from "@/server/testing/basic-auth";
import { callRoute } from "@/server/testing/call-route";
import { holdDatabase } from "@/server/testing/held-database";
import { specQuoteExample } from "@/server/testing/spec-quote-example";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));

describe.each(testDatabases())("quotes API on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let auth: { authorization: string };
  let ids: { productId: string; customerId: string; contactId: string };

  beforeAll(async () => {
    handle = await open();
    holdDatabase(handle.db);
    auth = await basicAuthHeader(handle.db);
    await seedDemoData({ db: handle.db });
    const product = await handle.db.query.products.findFirst();
    const customer = await handle.db.query.customers.findFirst({ with: { contacts: true } });
    ids = { productId: product!.id, customerId: customer!.id, contactId: customer!.contacts[0]!.id };
  });
  afterAll(async () => {
    holdDatabase(undefined);
    await handle.close();
  });

  const create = (body: Record<string, unknown> = {}) =>
    callRoute(listRoute.POST, "POST", "/api/quotes", { headers: auth, body });
  const put = (id: string, body: unknown) =>
    callRoute(itemRoute.PUT, "PUT", "/api/quotes/x", { headers: auth, params: { id }, body });
  const get = (id: string) => callRoute(itemRoute.GET, "GET", "/api/quotes/x", { headers: auth, params: { id } });

  it("creates a blank draft quote", async () => {
    const created = await create({ title: "Blank", salesforceOpportunityId: "006Lo000000000p" });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      title: "Blank",
      status: "DRAFT",
      phases: [],
      contactIds: [],
      version: 1,
      isExpired: false,
      expiryDays: 30,
      salesforceOpportunityId: "006Lo000000000pIAA",
      // Required in Sequence's Quote; the demo company, as nothing else is configured here.
      merchantBranding: { legalCompanyName: "Sequence CPQ Demo Ltd", email: "billing@sequence-demo.test" },
    });
    const byShortId = await callRoute(listRoute.GET, "GET", "/api/quotes", {
      headers: auth,
      query: { salesforceOpportunityId: "006Lo000000000p" },
    });
    expect(byShortId.json.items.map((item: { id: string }) => item.id)).toEqual([created.json.id]);
  });

  it("accepts the spec's update example and reads it back in the quote shape", async () => {
    const created = await create();
    const body = specQuoteExample(ids);
    const saved = await put(created.json.id, body);
    expect(saved.status).toBe(200);
    expect(saved.json.version).toBe(2);
    const read = await get(created.json.id);
    expect(read.json).toEqual(saved.json);
    const [phase] = read.json.phases;
    expect(phase.duration).toEqual({ days: 0, weeks: 0, months: 6, years: 1 });
    expect(phase.prices).toHaveLength(7);
    expect(phase.prices.map((p: { structure: { pricingType: string } }) => p.structure.pricingType)).toEqual([
      "ONE_TIME",
      "FIXED",
      "LINEAR",
      "SEAT_BASED",
      "GRADUATED",
      "VOLUME",
      "PACKAGE",
    ]);
    expect(phase.prices[0]).toMatchObject({ id: "5100e884-e007-4183-8355-4771865cb4d7", name: "Sample product" });
    expect(phase.discounts[0]).toMatchObject({
      discountCalculationType: "PERCENTAGE",
      amount: "50",
      message: "message",
    });
    expect(phase.minimums[0]).toMatchObject({
      amount: "50",
      restrictToPrices: ["5100e884-e007-4183-8355-4771865cb4d7"],
    });
    expect(read.json.contacts).toEqual([expect.objectContaining({ contactId: ids.contactId })]);
  });

  it("leaves an open-ended phase's duration out (the spec's Duration is not nullable), whether sent as null or left out", async () => {
    const created = await create();
    const [phase] = specQuoteExample(ids).phases;
    const { duration: _duration, ...openEnded } = phase!;
    const saved = await put(created.json.id, {
      ...specQuoteExample(ids),
      phases: [
        { ...phase, duration: { years: 1 } },
        { ...openEnded, duration: null },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.json.phases[1]).not.toHaveProperty("duration");
    const again = await put(created.json.id, { ...specQuoteExample(ids), phases: [openEnded] });
    expect(again.json.phases[0]).not.toHaveProperty("duration");
  });

  it("refuses a stale write with 409 and keeps the newer content", async () => {
    const created = await create();
    const first = await put(created.json.id, { ...specQuoteExample(ids), title: "Tab one", version: 1 });
    expect(first.status).toBe(200);
    const stale = await put(created.json.id, { ...specQuoteExample(ids), title: "Tab two", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("stale_version");
    expect((await get(created.json.id)).json.title).toBe("Tab one");
  });

  it("names every reference that does not exist, and writes nothing", async () => {
    const created = await create();
    const body = specQuoteExample({ ...ids, productId: "0190dae7-7228-7619-aad8-c51f56733b2b" });
    body.contactIds = ["0190dae7-7228-7619-aad8-c51f56733b2c"];
    const response = await put(created.json.id, body);
    expect(response.status).toBe(400);
    const paths = response.json.error.errors.map((p: { path: string }) => p.path);
    expect(paths).toContain("phases[0].prices[0].productId");
    expect(paths).toContain("contactIds[0]");
    expect((await get(created.json.id)).json.version).toBe(1);
  });

  it("refuses contradictions the pricing engine finds, at their paths, and stores the draft's totals", async () => {
    const created = await create();
    const body = specQuoteExample(ids);
    body.phases[0]!.minimums = [{ restrictToPrices: ["0190dae7-7228-7619-aad8-c51f56733b2b"], amount: "50" }];
    const refused = await put(created.json.id, body);
    expect(refused.status).toBe(400);
    expect(refused.json.error.errors).toContainEqual({
      path: "phases[0].minimums[0].restrictToPrices[0]",
      message: expect.any(String),
    });

    const saved = await put(created.json.id, { ...specQuoteExample(ids), title: "Priced" });
    expect(saved.status).toBe(200);
    const list = await callRoute(listRoute.GET, "GET", "/api/quotes", { headers: auth, query: { title: "Priced" } });
    expect(list.json.items[0]).toMatchObject({ id: created.json.id, totalContractValue: "965.00" });
  });

  it("saves and reads back a 500-line quote", async () => {
    const created = await create();
    const example = specQuoteExample(ids);
    const template = example.phases[0]!.prices[1]!;
    const prices = Array.from({ length: 500 }, (_, index) => ({
      ...template,
      temporaryId: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
      name: `Line ${index}`,
    }));
    const saved = await put(created.json.id, {
      ...example,
      phases: [{ duration: { years: 1 }, prices, discounts: [] }],
    });
    expect(saved.status).toBe(200);
    expect(saved.json.phases[0].prices).toHaveLength(500);
    expect(saved.json.phases[0].prices[499].name).toBe("Line 499");
  });

  it("lets a rep read and edit only their own quotes", async () => {
    const [repA, repB] = await handle.db
      .insert(users)
      .values([
        {
          salesforceUserId: "005000000000001AAA",
          salesforceOrgId: "00D000000000001AAA",
          username: "a@x.test",
          name: "Rep A",
        },
        {
          salesforceUserId: "005000000000002AAA",
          salesforceOrgId: "00D000000000001AAA",
          username: "b@x.test",
          name: "Rep B",
        },
      ])
      .returning();
    const actorA: Actor = { kind: "user", userId: repA!.id, role: "rep", name: "Rep A" };
    const actorB: Actor = { kind: "user", userId: repB!.id, role: "rep", name: "Rep B" };
    const quote = await createQuote({ db: handle.db, actor: actorA, body: { title: "A's deal" } });
    await expect(getQuote({ db: handle.db, actor: actorA, id: quote.id })).resolves.toMatchObject({
      title: "A's deal",
    });
    await expect(getQuote({ db: handle.db, actor: actorB, id: quote.id })).rejects.toMatchObject({ status: 403 });
    const list = await callRoute(listRoute.GET, "GET", "/api/quotes", { headers: auth, query: { title: "A's deal" } });
    expect(list.json.items.map((item: { id: string }) => item.id)).toEqual([quote.id]);
  });

  it("filters by owner (createdBy) and sorts by acceptance, as Sequence's list does", async () => {
    const [owner] = await handle.db
      .insert(users)
      .values({
        salesforceUserId: "005000000000009AAA",
        salesforceOrgId: "00D000000000001AAA",
        username: "owner@x.test",
        name: "Owner",
      })
      .returning();
    const actor: Actor = { kind: "user", userId: owner!.id, role: "rep", name: "Owner" };
    const mine = await createQuote({ db: handle.db, actor, body: { title: "Sorted early" } });
    const late = (await create({ title: "Sorted late" })).json;
    const never = (await create({ title: "Sorted never" })).json;
    await handle.db
      .update(quotes)
      .set({ acceptedAt: new Date("2027-01-01T00:00:00Z") })
      .where(eq(quotes.id, mine.id));
    await handle.db
      .update(quotes)
      .set({ acceptedAt: new Date("2027-02-01T00:00:00Z") })
      .where(eq(quotes.id, late.id));
    const list = (query: Record<string, string>) =>
      callRoute(listRoute.GET, "GET", "/api/quotes", { headers: auth, query: { title: "Sorted ", ...query } });
    const titles = (page: { json: { items: { title: string }[] } }) => page.json.items.map((item) => item.title);

    expect(titles(await list({ createdBy: `${owner!.id},not-an-id` }))).toEqual(["Sorted early"]);
    expect(titles(await list({ createdBy: late.createdBy }))).toEqual(["Sorted never", "Sorted late"]);
    expect(titles(await list({ sortBy: "acceptedAt" }))).toEqual(["Sorted late", "Sorted early", "Sorted never"]);
    expect(titles(await list({ sortBy: "acceptedAt", sortOrder: "ASC" }))).toEqual([
      "Sorted never",
      "Sorted early",
      "Sorted late",
    ]);
    expect(never.createdBy).toBe(late.createdBy);
    expect(titles(await list({ status: "DRAFT", createdBy: late.createdBy }))).toEqual(["Sorted never", "Sorted late"]);
    // A status of the 2024-07-30 list that no quote here can have (e-signature) finds nothing; a wrong one is named.
    const preparing = await list({ status: "PREPARING_SIGNATURE_REQUEST" });
    expect([preparing.status, preparing.json.items]).toEqual([200, []]);
    expect((await list({ status: "SIGNED" })).json.error.errors[0].path).toBe("status");
    expect((await list({ hasActiveApprovalWorkflow: "true" })).json.items).toEqual([]);
    expect(titles(await list({ hasActiveApprovalWorkflow: "false", createdBy: late.createdBy }))).toEqual([
      "Sorted never",
      "Sorted late",
    ]);
    const bad = await list({ sortBy: "title" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.errors[0].path).toBe("sortBy");
  });
});
