import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as archiveRoute from "@/app/api/list-prices/[id]/archive/route";
import * as itemRoute from "@/app/api/list-prices/[id]/route";
import * as listRoute from "@/app/api/list-prices/route";
import * as productsRoute from "@/app/api/products/route";
import type { DatabaseHandle } from "@/server/db/database";
import { testDatabases } from "@/server/db/test-databases";
import { basicAuthHeader } from "@/server/testing/basic-auth";
import { callRoute } from "@/server/testing/call-route";
import { holdDatabase } from "@/server/testing/held-database";
import { listPriceRequestExamples } from "@/server/testing/list-price-request-examples";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));

describe.each(testDatabases())("list prices API on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let auth: { authorization: string };
  let productId: string;

  beforeAll(async () => {
    handle = await open();
    holdDatabase(handle.db);
    auth = await basicAuthHeader(handle.db);
    const product = await callRoute(productsRoute.POST, "POST", "/api/products", {
      headers: auth,
      body: { name: "Platform", label: "Core platform" },
    });
    expect(product.status).toBe(201);
    productId = product.json.id;
  });
  afterAll(async () => {
    holdDatabase(undefined);
    await handle.close();
  });

  it.each(Object.entries(listPriceRequestExamples))("accepts the spec's %s and reads it back", async (_, example) => {
    const body = { ...example, productId };
    const created = await callRoute(listRoute.POST, "POST", "/api/list-prices", { headers: auth, body });
    expect(created.status).toBe(201);
    expect(created.headers.get("sequence-version")).toBe("2024-07-30");
    expect(created.json).toMatchObject({
      ...body,
      integrationIds: body.integrationIds.map((link) => ({ ...link, isPending: false })),
    });

    const read = await callRoute(itemRoute.GET, "GET", `/api/list-prices/${created.json.id}`, {
      headers: auth,
      params: { id: created.json.id },
    });
    expect(read.status).toBe(200);
    expect(read.json).toEqual(created.json);
  });

  it("rejects a body with a wrong field, naming it, and stores nothing", async () => {
    const before = await callRoute(listRoute.GET, "GET", "/api/list-prices", {
      headers: auth,
      query: { limit: "100" },
    });
    const bad = {
      ...listPriceRequestExamples.FixedListPriceRequest,
      productId,
      billingFrequncy: "MONTHLY",
      structure: { pricingType: "FIXED", price: "twenty" },
    };
    const response = await callRoute(listRoute.POST, "POST", "/api/list-prices", { headers: auth, body: bad });
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe("validation_failed");
    const paths = response.json.error.errors.map((problem: { path: string }) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(["billingFrequncy", "structure.price"]));
    expect(response.json.error.message).toContain("billingFrequncy");
    const after = await callRoute(listRoute.GET, "GET", "/api/list-prices", { headers: auth, query: { limit: "100" } });
    expect(after.json.pagination.totalResultSize).toBe(before.json.pagination.totalResultSize);
  });

  it("refuses a wrong secret with 401 and a known client id with a bad secret alike", async () => {
    const [, encoded] = auth.authorization.split(" ");
    const clientId = Buffer.from(encoded ?? "", "base64")
      .toString()
      .split(":")[0];
    for (const authorization of [
      `Basic ${Buffer.from(`${clientId}:wrong`).toString("base64")}`,
      `Basic ${Buffer.from("nobody:wrong").toString("base64")}`,
    ]) {
      const response = await callRoute(listRoute.POST, "POST", "/api/list-prices", {
        headers: { authorization },
        body: { ...listPriceRequestExamples.FixedListPriceRequest, productId },
      });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Basic/);
      expect(response.json.error.code).toBe("unauthorized");
    }
    const missing = await callRoute(listRoute.GET, "GET", "/api/list-prices");
    expect(missing.status).toBe(401);
  });

  it("reads an unbounded last tier sent as null back without an upperBound, as the spec's responses have it", async () => {
    const example = listPriceRequestExamples.GraduatedListPriceRequest;
    const [first, second] = example.structure.tiers;
    const body = {
      ...example,
      productId,
      structure: {
        ...example.structure,
        tiers: [first, second, { upperBound: null, price: "0.50", isPricePercentage: false }],
      },
    };
    const created = await callRoute(listRoute.POST, "POST", "/api/list-prices", { headers: auth, body });
    expect(created.status).toBe(201);
    expect(created.json.structure.tiers[2]).toEqual({ price: "0.50", isPricePercentage: false });
  });

  it("requires the metric a usage or seat list price is metered by, as Sequence does", async () => {
    const { usageMetricId: _usage, ...linear } = listPriceRequestExamples.LinearListPriceRequest.structure;
    const { seatMetricId: _seat, ...seats } = listPriceRequestExamples.SeatBasedListPriceRequest.structure;
    for (const [example, structure, path] of [
      [listPriceRequestExamples.LinearListPriceRequest, linear, "structure.usageMetricId"],
      [listPriceRequestExamples.SeatBasedListPriceRequest, seats, "structure.seatMetricId"],
    ] as const) {
      const response = await callRoute(listRoute.POST, "POST", "/api/list-prices", {
        headers: auth,
        body: { ...example, productId, structure },
      });
      expect(response.status).toBe(400);
      expect(response.json.error.errors).toEqual([{ path, message: "is required" }]);
    }
  });

  it("archives with PUT too, as clients of the 2024-05-09 version do", async () => {
    const created = await callRoute(listRoute.POST, "POST", "/api/list-prices", {
      headers: auth,
      body: { ...listPriceRequestExamples.FixedListPriceRequest, productId },
    });
    const archived = await callRoute(archiveRoute.PUT, "PUT", `/api/list-prices/${created.json.id}/archive`, {
      headers: { ...auth, "Sequence-Version": "2024-05-09" },
      params: { id: created.json.id },
    });
    expect(archived.status).toBe(200);
    expect(archived.json.archivedAt).toEqual(expect.any(String));
  });

  it("names an unknown product at productId", async () => {
    const response = await callRoute(listRoute.POST, "POST", "/api/list-prices", {
      headers: auth,
      body: { ...listPriceRequestExamples.FixedListPriceRequest },
    });
    expect(response.status).toBe(400);
    expect(response.json.error.errors).toEqual([{ path: "productId", message: expect.stringContaining("no product") }]);
  });

  it("filters by currency and billing frequency, and archives", async () => {
    const usd = await callRoute(listRoute.POST, "POST", "/api/list-prices", {
      headers: auth,
      body: {
        ...listPriceRequestExamples.FixedListPriceRequest,
        productId,
        currency: "USD",
        billingFrequency: "YEARLY",
      },
    });
    const filtered = await callRoute(listRoute.GET, "GET", "/api/list-prices", {
      headers: auth,
      query: { currency: "USD", billingFrequency: "YEARLY" },
    });
    expect(filtered.json.items.map((item: { id: string }) => item.id)).toEqual([usd.json.id]);

    const archived = await callRoute(archiveRoute.POST, "POST", `/api/list-prices/${usd.json.id}/archive`, {
      headers: auth,
      params: { id: usd.json.id },
    });
    expect(archived.status).toBe(200);
    expect(archived.json.archivedAt).toEqual(expect.any(String));
    const afterArchive = await callRoute(listRoute.GET, "GET", "/api/list-prices", {
      headers: auth,
      query: { currency: "USD" },
    });
    expect(afterArchive.json.items).toEqual([]);
    const withArchived = await callRoute(listRoute.GET, "GET", "/api/list-prices", {
      headers: auth,
      query: { currency: "USD", includeArchived: "true" },
    });
    expect(withArchived.json.items).toHaveLength(1);
  });

  it("updates with PUT and answers 404 for unknown ids", async () => {
    const created = await callRoute(listRoute.POST, "POST", "/api/list-prices", {
      headers: auth,
      body: { ...listPriceRequestExamples.LinearListPriceRequest, productId },
    });
    const updated = await callRoute(itemRoute.PUT, "PUT", `/api/list-prices/${created.json.id}`, {
      headers: auth,
      params: { id: created.json.id },
      body: { ...listPriceRequestExamples.LinearListPriceRequest, productId, name: "API calls" },
    });
    expect(updated.status).toBe(200);
    expect(updated.json.name).toBe("API calls");
    for (const id of ["not-a-uuid", "0190dae7-7228-7619-aad8-c51f56733b2b"]) {
      const missing = await callRoute(itemRoute.GET, "GET", `/api/list-prices/${id}`, {
        headers: auth,
        params: { id },
      });
      expect(missing.status).toBe(404);
      expect(missing.json.error.code).toBe("not_found");
    }
  });

  it("rejects an unknown Sequence-Version and echoes a known one", async () => {
    const unknown = await callRoute(listRoute.GET, "GET", "/api/list-prices", {
      headers: { ...auth, "sequence-version": "2019-01-01" },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.type).toBe("UnrecognisedApiVersion");
    const known = await callRoute(listRoute.GET, "GET", "/api/list-prices", {
      headers: { ...auth, "sequence-version": "2024-05-09" },
    });
    expect(known.status).toBe(200);
    expect(known.headers.get("sequence-version")).toBe("2024-05-09");
  });

  it("reports invalid JSON as a 400", async () => {
    const response = await callRoute(listRoute.POST, "POST", "/api/list-prices", { headers: auth, rawBody: "{nope" });
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe("invalid_json");
  });
});
