import { describe, expect, it } from "vitest";
import { describeFieldPath } from "@/lib/quotes/describe-field-path";
import { findPublishProblems } from "@/lib/quotes/find-publish-problems";
import type { Quote } from "@/lib/schemas/quote";

const at = "2026-11-20T09:00:00.000Z";
const price = (id: string, name: string, structure: Quote["phases"][number]["prices"][number]["structure"]) => ({
  id,
  productId: "4b0e3f5c-1111-4222-8333-444455556666",
  name,
  structure,
  billingFrequency: "MONTHLY" as const,
  billingType: "IN_ARREARS" as const,
  integrationIds: [],
  customMetricParameters: [],
  createdAt: at,
  updatedAt: at,
});

const complete: Quote = {
  id: "q",
  createdBy: "u",
  customerId: "c",
  title: "Renewal",
  currency: "USD",
  presentation: [],
  status: "DRAFT",
  dealType: "NEW_BUSINESS",
  preliminaryBillingStartDate: "2027-01-01",
  createdAt: at,
  updatedAt: at,
  expiryDays: 30,
  phases: [
    {
      id: "p",
      createdAt: at,
      name: "Year 1",
      duration: { years: 1, months: 0, weeks: 0, days: 0 },
      prices: [
        price("a", "Platform fee", { pricingType: "FIXED", price: "100.00" }),
        {
          ...price("b", "API calls", { pricingType: "LINEAR", pricePerUnit: "0.01", isPricePercentage: false }),
          quantity: "1000",
        },
      ],
      discounts: [],
      minimums: [],
    },
  ],
  contactIds: [],
  contacts: [],
  isSignaturesEnabled: false,
  isExpired: false,
  version: 3,
  integrationIds: [],
};

describe("what a quote lacks before it can be published", () => {
  it("finds nothing on a complete quote", () => {
    expect(findPublishProblems(complete)).toEqual([]);
  });

  it("names every missing header field and an empty quote", () => {
    const blank: Quote = { ...complete, phases: [] };
    for (const key of [
      "title",
      "customerId",
      "currency",
      "dealType",
      "preliminaryBillingStartDate",
      "expiryDays",
    ] as const) {
      delete blank[key];
    }
    expect(findPublishProblems(blank).map((problem) => problem.path)).toEqual([
      "title",
      "customerId",
      "currency",
      "dealType",
      "preliminaryBillingStartDate",
      "expiryDays",
      "phases",
    ]);
  });

  it("wants an expected quantity on usage prices unless they are quoted rate-only, and a price in every phase", () => {
    const [phase] = complete.phases;
    const usage = { ...phase!.prices[1]! };
    delete usage.quantity;
    const quote: Quote = {
      ...complete,
      phases: [
        { ...phase!, prices: [phase!.prices[0]!, usage] },
        { ...phase!, id: "p2", name: "Year 2", prices: [] },
      ],
    };
    expect(findPublishProblems(quote)).toEqual([
      { path: "phases[0].prices[1].quantity", message: expect.stringContaining("rate-only") },
      { path: "phases[1].prices", message: "add at least one price, or remove this phase" },
    ]);
    quote.phases[0]!.prices[1] = { ...usage, rateOnly: true };
    expect(findPublishProblems(quote).map((problem) => problem.path)).toEqual(["phases[1].prices"]);
  });

  it("includes the pricing engine's problems at their paths", () => {
    const quote: Quote = {
      ...complete,
      phases: [
        {
          ...complete.phases[0]!,
          minimums: [{ id: "m", amount: "10", restrictToPrices: ["nope"], createdAt: at, updatedAt: at }],
        },
      ],
    };
    expect(findPublishProblems(quote).map((problem) => problem.path)).toEqual([
      "phases[0].minimums[0].restrictToPrices[0]",
    ]);
  });
});

describe("a problem's place, in the builder's words", () => {
  it("names the phase and the price", () => {
    expect(describeFieldPath("phases[0].prices[1].quantity", complete)).toBe(
      "Phase 1 “Year 1” › Price 2 “API calls” › Expected quantity",
    );
    expect(describeFieldPath("preliminaryBillingStartDate", complete)).toBe("Billing start date");
    expect(describeFieldPath("phases[0].minimums[0].restrictToPrices[0]", complete)).toBe(
      "Phase 1 “Year 1” › Minimum 1 › Applies to (entry 1)",
    );
  });
});
