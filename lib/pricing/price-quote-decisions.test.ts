import { describe, expect, it } from "vitest";
import example from "@/lib/pricing/fixtures/sequence-quote-example.json";
import { fixed, phase, price, priced, quote } from "@/lib/pricing/test-quotes";

/** The decisions listed in price-quote.ts where design.md leaves a detail open. */
describe("decisions where design.md is open", () => {
  it("prices the API spec's own quote example: seven prices share one temporaryId", () => {
    // 2022-10-01 + 1 year 6 months: 18 months. ONE_TIME 150 on the first day; FIXED 20 and 10 seats
    // (the contracted minimum: 10 × 1.00 + 50 fee = 60) a month; the usage prices have no quantity.
    // The 50 % discount and the minimum of 50 name the shared id, so they cover all seven prices:
    // month 1 nets 75 + 10 + 30 = 115; months 2–18 net 40 and are topped up by 10 each.
    const result = priced(example);
    expect(result.phases[0]).toMatchObject({
      startDate: "2022-10-01",
      endDate: "2024-03-31",
      subtotal: "1590.00",
      discountTotal: "795.00",
      minimumTrueUp: "170.00",
      total: "965.00",
      arr: "593.33", // (18 × 40 + 170) × 12 ÷ 18
    });
    expect(result.phases[0]?.lines.map((l) => [l.pricingType, l.total])).toEqual([
      ["ONE_TIME", "150.00"],
      ["FIXED", "360.00"],
      ["LINEAR", "0.00"],
      ["SEAT_BASED", "1080.00"],
      ["GRADUATED", "0.00"],
      ["VOLUME", "0.00"],
      ["PACKAGE", "0.00"],
    ]);
    expect(result.totalContractValue).toBe("965.00");
    expect(result.invoices).toHaveLength(19);
    expect(result.warnings.filter((w) => w.path.endsWith(".temporaryId"))).toHaveLength(6);
    expect(result.warnings).toContainEqual({
      path: "phases[0].prices[3].quantity",
      message: "no seat count: billed for the contracted minimum of 10 seats",
    });
  });

  it("lets a restriction naming a repeated temporaryId cover every price carrying it", () => {
    const twins = [fixed("10", { temporaryId: "x" }), fixed("30", { temporaryId: "x" }), fixed("5")];
    const result = priced(
      quote([
        phase(twins, {
          duration: { months: 1 },
          discounts: [{ type: "NOMINAL", amount: "8", restrictToPrices: ["x"] }],
        }),
      ]),
    );
    expect(result.phases[0]?.lines.map((l) => l.discountTotal)).toEqual(["2.00", "6.00", "0.00"]);
    expect(result.warnings).toContainEqual({
      path: "phases[0].prices[1].temporaryId",
      message: "repeats the temporaryId of prices[0]: a discount or minimum naming it covers both",
    });
  });

  it("counts a one-off price named by a minimum in the minimum's first period", () => {
    const setup = price({ pricingType: "ONE_TIME", price: "30" }, { temporaryId: "setup" });
    const result = priced(
      quote([phase([setup], { duration: { months: 3 }, minimums: [{ amount: "50", restrictToPrices: ["setup"] }] })]),
    );
    expect(result.phases[0]?.minimums[0]?.periods.map((p) => [p.committed, p.trueUp])).toEqual([
      ["30.00", "20.00"],
      ["0.00", "50.00"],
      ["0.00", "50.00"],
    ]);
  });

  it("lets an unrestricted minimum over nothing recurring top up nothing, with a warning", () => {
    const setup = price({ pricingType: "ONE_TIME", price: "30" });
    const result = priced(quote([phase([setup], { minimums: [{ amount: "50" }] })]));
    expect(result.phases[0]?.minimumTrueUp).toBe("0.00");
    expect(result.phases[0]?.minimums).toEqual([{ minimumIndex: 0, trueUpTotal: "0.00", periods: [] }]);
    expect(result.warnings).toContainEqual({
      path: "phases[0].minimums[0]",
      message: "covers no recurring price in this phase, so it has nothing to top up",
    });
  });

  it("prices a quote with no phases, and a phase with no prices, to zero with a warning", () => {
    const empty = priced(quote([]));
    expect(empty).toMatchObject({ phases: [], invoices: [], totalContractValue: "0.00", arr: "0.00" });
    expect(empty.warnings).toEqual([{ path: "phases", message: "the quote has no phases" }]);
    const bare = priced(quote([phase([])]));
    expect(bare.phases[0]).toMatchObject({ total: "0.00", lines: [], endDate: "2027-12-31" });
    expect(bare.warnings).toEqual([{ path: "phases[0].prices", message: "the phase has no prices" }]);
  });

  it("counts a rate-only usage price as zero even with a quantity, and says so", () => {
    const rate = price({ pricingType: "LINEAR", pricePerUnit: "0.1" }, { quantity: "100", rateOnly: true });
    const result = priced(quote([phase([rate])]));
    expect(result.totalContractValue).toBe("0.00");
    expect(result.phases[0]?.lines[0]?.quantity).toBeNull();
    expect(result.warnings.map((w) => w.path)).toEqual([
      "phases[0].prices[0].quantity",
      "phases[0].prices[0].billingType",
    ]);
  });

  it.each(["CUMULATIVE", "PERIODIC"])("estimates %s usage per billing period, with a warning", (mode) => {
    const tiers = [{ upperBound: "100", price: "1" }, { price: "0.5" }];
    const usage = price(
      { pricingType: "GRADUATED", tiers, usageCalculationMode: mode },
      { quantity: "150", billingType: "IN_ARREARS" },
    );
    const result = priced(quote([phase([usage], { duration: { months: 2 } })]));
    expect(result.phases[0]?.lines[0]?.periods.map((p) => p.amount)).toEqual(["125.00", "125.00"]);
    expect(result.warnings).toEqual([
      {
        path: "phases[0].prices[0].structure.usageCalculationMode",
        message: `${mode} usage is estimated per billing period from the expected quantity`,
      },
    ]);
  });

  it("bills usage priced ONE_TIME once, for the whole phase, at its end", () => {
    const usage = price(
      { pricingType: "LINEAR", pricePerUnit: "0.5" },
      { quantity: "1000", billingFrequency: "ONE_TIME" },
    );
    const result = priced(quote([phase([usage])]));
    expect(result.phases[0]?.lines[0]?.periods.map((p) => [p.start, p.end, p.billingDate, p.amount])).toEqual([
      ["2027-01-01", "2027-12-31", "2027-12-31", "500.00"],
    ]);
  });

  it("estimates seats below the contracted minimum, and overages billed at another frequency, with a warning", () => {
    const seats = (quantity: string) =>
      price(
        {
          pricingType: "SEAT_BASED",
          pricePerSeat: "10",
          contractedMinimumSeats: 5,
          overagesBillingFrequency: "YEARLY",
        },
        { quantity },
      );
    const result = priced(quote([phase([seats("3"), seats("8")], { duration: { months: 1 } })]));
    expect(result.phases[0]?.lines.map((l) => [l.quantity, l.total])).toEqual([
      ["5", "50.00"],
      ["8", "80.00"],
    ]);
    expect(result.warnings).toEqual([
      { path: "phases[0].prices[0].quantity", message: "below the contracted minimum: billed for 5 seats" },
      {
        path: "phases[0].prices[1].structure.overagesBillingFrequency",
        message:
          "the seats above the contracted minimum are estimated at the price's MONTHLY frequency, not billed YEARLY",
      },
    ]);
  });

  it("keeps minPrice and maxPrice of percentage tiers out of the estimate, with a warning (detail 9)", () => {
    const tiers = [
      { upperBound: "100", price: "1.00", fee: "50.00", isPricePercentage: true, maxPrice: "10", minPrice: "5" },
      { price: "0.75", fee: "25.00", isPricePercentage: true, maxPrice: "10", minPrice: "5" },
    ];
    const volume = price({ pricingType: "VOLUME", tiers }, { quantity: "20000", billingType: "IN_ARREARS" });
    const result = priced(quote([phase([volume], { duration: { months: 1 } })]));
    // 20,000 × 0.75 % + 25 = 175, not clamped per transaction.
    expect(result.totalContractValue).toBe("175.00");
    expect(result.warnings.map((w) => w.path)).toEqual([
      "phases[0].prices[0].structure.tiers[0]",
      "phases[0].prices[0].structure.tiers[1]",
    ]);
  });

  it("warns that a quantity on a FIXED or ONE_TIME price is ignored", () => {
    const result = priced(quote([phase([fixed("10", { quantity: "3" })], { duration: { months: 1 } })]));
    expect(result.totalContractValue).toBe("10.00");
    expect(result.warnings).toEqual([
      { path: "phases[0].prices[0].quantity", message: "ignored: a FIXED price does not depend on a quantity" },
    ]);
  });

  it("lets a discount raise the total when two minimums cover one price (detail 11 tops them up independently)", () => {
    // 40 against minimums of 50 and 60 is topped up 10 + 20 = 70; after 50 % off, 20 is topped up 30 + 40 = 90.
    const covered = (discounts: Record<string, unknown>[]) =>
      priced(
        quote([
          phase([price({ pricingType: "FIXED", price: "40" }, { temporaryId: "a" })], {
            duration: { months: 1 },
            discounts,
            minimums: [
              { amount: "50", restrictToPrices: ["a"] },
              { amount: "60", restrictToPrices: ["a"] },
            ],
          }),
        ]),
      ).totalContractValue;
    expect(covered([])).toBe("70.00");
    expect(covered([{ type: "PERCENTAGE", amount: "50" }])).toBe("90.00");
  });
});
