import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createListPriceBodySchema } from "@/lib/schemas/list-price";
import { pricingTypes } from "@/lib/schemas/price-structure";
import type { DatabaseHandle } from "@/server/db/database";
import { listPrices, products } from "@/server/db/schema/catalog";
import { testDatabases } from "@/server/db/test-databases";
import { seedDemoData } from "@/server/demo/seed-demo-data";

describe.each(testDatabases())("demo data on $name", ({ open }) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle.close());

  it("loads every pricing structure in four currencies, once however often it runs", async () => {
    expect(await seedDemoData({ db: handle.db })).toEqual({ products: 7, listPrices: 28, customers: 4 });
    expect(await seedDemoData({ db: handle.db })).toEqual({ products: 0, listPrices: 0, customers: 0 });
    const [productCount] = await handle.db.select({ n: count() }).from(products);
    expect(productCount?.n).toBe(7);
    const rows = await handle.db.select().from(listPrices);
    expect(new Set(rows.map((row) => row.pricingType))).toEqual(new Set(pricingTypes));
    expect(new Set(rows.map((row) => row.currency))).toEqual(new Set(["USD", "EUR", "GBP", "JPY"]));
  });

  it("only contains list prices the API itself would accept", async () => {
    const rows = await handle.db.select().from(listPrices);
    for (const row of rows) {
      const result = createListPriceBodySchema.safeParse({
        productId: row.productId,
        name: row.name,
        currency: row.currency,
        structure: row.structure,
        billingFrequency: row.billingFrequency,
        billingType: row.billingType,
      });
      expect(result.error?.issues, `${row.name} ${row.currency}`).toBeUndefined();
    }
  });
});
