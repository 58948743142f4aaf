import { describe, expect, it } from "vitest";
import { listPriceToLine, quotableFrequency } from "@/lib/quotes/list-price-to-line";
import { listPriceSchema } from "@/lib/schemas/list-price";

const listPrice = listPriceSchema.parse({
  id: "0f8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f70",
  productId: "0f8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f71",
  name: "Storage",
  currency: "EUR",
  structure: {
    pricingType: "VOLUME",
    tiers: [
      { upperBound: "1000", price: "0.09" },
      { upperBound: null, price: "0.07", fee: "45.00", maxPrice: "9" },
    ],
  },
  billingFrequency: "MONTHLY",
  billingType: "IN_ARREARS",
  integrationIds: [{ service: "Salesforce", id: "01t000000000001", isPending: false }],
  customMetricParameters: [],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
});

describe("listPriceToLine", () => {
  it("copies the structure and billing under a new temporaryId, naming the list price and product", () => {
    const line = listPriceToLine(listPrice, () => "new-id");
    expect(line).toEqual({
      temporaryId: "new-id",
      productId: listPrice.productId,
      listPriceId: listPrice.id,
      name: "Storage",
      structure: {
        pricingType: "VOLUME",
        tiers: [
          { upperBound: "1000", price: "0.09", fee: "", isPricePercentage: false },
          { upperBound: "", price: "0.07", fee: "45.00", maxPrice: "9", isPricePercentage: false },
        ],
      },
      billingFrequency: "MONTHLY",
      billingType: "IN_ARREARS",
      quantity: "",
      rateOnly: false,
      integrationIds: [],
      customMetricParameters: [],
    });
  });

  it("edits a copy: changing the line leaves the list price as it was", () => {
    const line = listPriceToLine(listPrice);
    if (line.structure.pricingType !== "VOLUME") throw new Error("expected a volume price");
    line.structure.tiers[0]!.price = "0.01";
    expect(listPrice.structure).toMatchObject({ tiers: [{ price: "0.09" }, { price: "0.07" }] });
    expect(line.temporaryId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("refuses a list price billed on demand or per event, which a quote cannot bill", () => {
    expect(quotableFrequency({ billingFrequency: "ON_DEMAND" })).toBeUndefined();
    expect(quotableFrequency({ billingFrequency: "QUARTERLY" })).toBe("QUARTERLY");
    expect(() => listPriceToLine({ ...listPrice, billingFrequency: "PER_EVENT" })).toThrow(/PER_EVENT/);
  });
});
