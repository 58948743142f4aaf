import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as customerArchiveRoute from "@/app/api/customers/[id]/archive/route";
import * as customerRoute from "@/app/api/customers/[id]/route";
import * as customersRoute from "@/app/api/customers/route";
import * as listPriceArchiveRoute from "@/app/api/list-prices/[id]/archive/route";
import * as listPriceRoute from "@/app/api/list-prices/[id]/route";
import * as listPricesRoute from "@/app/api/list-prices/route";
import * as productArchiveRoute from "@/app/api/products/[id]/archive/route";
import * as productRoute from "@/app/api/products/[id]/route";
import * as productsRoute from "@/app/api/products/route";
import type { DatabaseHandle } from "@/server/db/database";
import { testDatabases } from "@/server/db/test-databases";
import { basicAuthHeader } from "@/server/testing/basic-auth";
import { callRoute } from "@/server/testing/call-route";
import { holdDatabase } from "@/server/testing/held-database";
import { listPriceRequestExamples } from "@/server/testing/list-price-request-examples";
import { sessionHeaders } from "@/server/testing/session-headers";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));

const customer = {
  legalName: "Rule Test Ltd",
  address: { line1: "1 High Street", town: "Leeds", postcode: "LS1 1AA", country: "GB" },
  contacts: [{ name: "Pat", email: "pat@rule.test", billingPreference: "PRIMARY" }],
};

/**
 * The catalog and customers are the admins' (and machine clients'): reps and approvers read them,
 * and every attempt of theirs to change one is refused and changes nothing.
 */
describe.each(testDatabases())("who may change the catalog and customers, on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let admin: Record<string, string>;
  let apiKey: Record<string, string>;
  let ids: { product: string; listPrice: string; customer: string };

  beforeAll(async () => {
    handle = await open();
    holdDatabase(handle.db);
    admin = await sessionHeaders(handle.db, "admin");
    apiKey = await basicAuthHeader(handle.db);
    const product = await callRoute(productsRoute.POST, "POST", "/api/products", {
      headers: admin,
      body: { name: "Seats" },
    });
    const listPrice = await callRoute(listPricesRoute.POST, "POST", "/api/list-prices", {
      headers: apiKey,
      body: { ...listPriceRequestExamples.FixedListPriceRequest, productId: product.json.id },
    });
    const created = await callRoute(customersRoute.POST, "POST", "/api/customers", { headers: admin, body: customer });
    expect([product.status, listPrice.status, created.status]).toEqual([201, 201, 201]);
    ids = { product: product.json.id, listPrice: listPrice.json.id, customer: created.json.id };
  });
  afterAll(async () => {
    holdDatabase(undefined);
    await handle.close();
  });

  it.each(["rep", "approver"] as const)(
    "a %s reads them but every write is a 403 that changes nothing",
    async (role) => {
      const headers = await sessionHeaders(handle.db, role);
      expect((await callRoute(productsRoute.GET, "GET", "/api/products", { headers })).status).toBe(200);
      expect(
        (await callRoute(customerRoute.GET, "GET", "/api/customers/x", { headers, params: { id: ids.customer } }))
          .status,
      ).toBe(200);

      const writes = [
        callRoute(productsRoute.POST, "POST", "/api/products", { headers, body: { name: "Sneaky" } }),
        callRoute(productRoute.PUT, "PUT", "/api/products/x", {
          headers,
          params: { id: ids.product },
          body: { name: "Renamed" },
        }),
        callRoute(productArchiveRoute.POST, "POST", "/api/products/x/archive", {
          headers,
          params: { id: ids.product },
        }),
        callRoute(listPricesRoute.POST, "POST", "/api/list-prices", {
          headers,
          body: { ...listPriceRequestExamples.FixedListPriceRequest, productId: ids.product },
        }),
        callRoute(listPriceRoute.PUT, "PUT", "/api/list-prices/x", {
          headers,
          params: { id: ids.listPrice },
          body: { ...listPriceRequestExamples.FixedListPriceRequest, productId: ids.product, name: "Cheaper" },
        }),
        callRoute(listPriceArchiveRoute.POST, "POST", "/api/list-prices/x/archive", {
          headers,
          params: { id: ids.listPrice },
        }),
        callRoute(customersRoute.POST, "POST", "/api/customers", {
          headers,
          body: { ...customer, legalName: "Other" },
        }),
        callRoute(customerRoute.PUT, "PUT", "/api/customers/x", {
          headers,
          params: { id: ids.customer },
          body: { ...customer, legalName: "Renamed" },
        }),
        callRoute(customerArchiveRoute.POST, "POST", "/api/customers/x/archive", {
          headers,
          params: { id: ids.customer },
        }),
      ];
      for (const response of await Promise.all(writes)) {
        expect(response.status).toBe(403);
        expect(response.json.error.code).toBe("forbidden");
      }
      const product = await callRoute(productRoute.GET, "GET", "/api/products/x", {
        headers: admin,
        params: { id: ids.product },
      });
      const listPrice = await callRoute(listPriceRoute.GET, "GET", "/api/list-prices/x", {
        headers: admin,
        params: { id: ids.listPrice },
      });
      const stored = await callRoute(customerRoute.GET, "GET", "/api/customers/x", {
        headers: admin,
        params: { id: ids.customer },
      });
      expect([product.json.name, product.json.archivedAt]).toEqual(["Seats", undefined]);
      expect([listPrice.json.name, listPrice.json.archivedAt]).toEqual(["Sample product", undefined]);
      expect([stored.json.legalName, stored.json.archivedAt]).toEqual(["Rule Test Ltd", undefined]);
      const customers = await callRoute(customersRoute.GET, "GET", "/api/customers", { headers: admin });
      expect(customers.json.items.map((item: { legalName: string }) => item.legalName)).toEqual(["Rule Test Ltd"]);
    },
  );
});
