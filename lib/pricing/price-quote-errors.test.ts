import { describe, expect, it } from "vitest";
import { priceQuote } from "@/lib/pricing/price-quote";
import { fixed, phase, price, quote, refused } from "@/lib/pricing/test-quotes";

const tiered = (tiers: unknown[]) => price({ pricingType: "GRADUATED", tiers }, { quantity: "10" });

describe("invalid input comes back as problems with paths, never as a throw or a NaN", () => {
  it.each([
    [
      "tiers not ascending",
      quote([phase([tiered([{ upperBound: "100", price: "1" }, { upperBound: "50", price: "1" }, { price: "1" }])])]),
      "phases[0].prices[0].structure.tiers[1].upperBound",
    ],
    ["a negative price", quote([phase([fixed("-5")])]), "phases[0].prices[0].structure.price"],
    [
      "a package size of 0",
      quote([phase([price({ pricingType: "PACKAGE", packageSize: "0", pricePerPackage: "10" })])]),
      "phases[0].prices[0].structure.packageSize",
    ],
    [
      "restrictToPrices naming an unknown price",
      quote([phase([fixed("5")], { discounts: [{ type: "PERCENTAGE", amount: "5", restrictToPrices: ["nope"] }] })]),
      "phases[0].discounts[0].restrictToPrices[0]",
    ],
    [
      "a minimum over prices of different billing frequencies",
      quote([phase([fixed("5"), fixed("5", { billingFrequency: "YEARLY" })], { minimums: [{ amount: "10" }] })]),
      "phases[0].minimums[0]",
    ],
    ["an unknown currency", quote([], { currency: "XYZ" }), "currency"],
    ["a missing currency", quote([], { currency: undefined }), "currency"],
    [
      "a missing structure field",
      quote([phase([price({ pricingType: "FIXED" })])]),
      "phases[0].prices[0].structure.price",
    ],
    [
      "a missing start date",
      quote([phase([fixed("5")])], { preliminaryBillingStartDate: undefined }),
      "preliminaryBillingStartDate",
    ],
    [
      "an impossible start date",
      quote([], { preliminaryBillingStartDate: "2027-02-30" }),
      "preliminaryBillingStartDate",
    ],
    ["a zero-length duration", quote([phase([], { duration: { years: 0, months: 0 } })]), "phases[0].duration"],
    [
      "fractional seats",
      quote([
        phase([
          price({ pricingType: "SEAT_BASED", pricePerSeat: "5", contractedMinimumSeats: 1 }, { quantity: "2.5" }),
        ]),
      ]),
      "phases[0].prices[0].quantity",
    ],
    [
      "a PERCENTAGE discount above 100",
      quote([phase([fixed("5")], { discounts: [{ type: "PERCENTAGE", amount: "100.5" }] })]),
      "phases[0].discounts[0].amount",
    ],
    ["an open-ended phase before another", quote([phase([], { duration: null }), phase([])]), "phases[0].duration"],
    ["a phase ending after 9999-12-31", quote([phase([], { duration: { years: 8000 } })]), "phases[0].duration"],
    [
      "an unknown pricing type",
      quote([phase([price({ pricingType: "TIERED", price: "1" })])]),
      "phases[0].prices[0].structure.pricingType",
    ],
    [
      "a misspelt structure field",
      quote([phase([price({ pricingType: "FIXED", price: "1", prize: "2" })])]),
      "phases[0].prices[0].structure.prize",
    ],
    ["a float price", quote([phase([fixed("1e3")])]), "phases[0].prices[0].structure.price"],
  ])("%s", (_, input, path) => {
    const problems = refused(input);
    expect(problems.map((p) => p.path)).toContain(path);
    for (const problem of problems) expect(problem.message).toMatch(/\S/);
  });

  it.each([null, undefined, 42, "quote", [], {}, { currency: "USD", phases: "none" }])("refuses %j", (input) => {
    const result = priceQuote(input);
    expect(result.ok).toBe(false);
  });

  it("refuses a quote with too many billing periods to price at once", () => {
    const lines = Array.from({ length: 1000 }, () => fixed("1"));
    const problems = refused(quote([phase(lines, { duration: { years: 100 } })]));
    expect(problems).toEqual([
      {
        path: "phases",
        message:
          "have 1200000 billing periods over their lines, more than the 1000000 that can be priced at once; shorten the phases or bill less often",
      },
    ]);
  });

  it("refuses a quote whose discounts would visit too many line periods, before working through them", () => {
    // 1,000 monthly periods, each visited by 2,001 discounts: one line, but 2,001,000 discount steps.
    const discounts = Array.from({ length: 2001 }, () => ({ type: "NOMINAL", amount: "1", restrictToPrices: [] }));
    const problems = refused(quote([phase([fixed("100")], { duration: { months: 1000 }, discounts })]));
    expect(problems).toEqual([
      {
        path: "phases",
        message:
          "have discounts and minimums covering 2001000 line billing periods in all, more than the 2000000 that can be priced at once; merge discounts, restrict them to fewer prices, or shorten the phases",
      },
    ]);
  });

  it("refuses amounts beyond what integer minor units hold exactly, instead of rounding them", () => {
    const problems = refused(quote([phase([fixed("999999999999999999")])]));
    expect(problems).toEqual([
      { path: "phases", message: "add up to more than can be priced exactly (2^53 − 1 minor units of the currency)" },
    ]);
  });

  it("refuses an ARR beyond what integer minor units hold, as a one-day phase annualises 365-fold", () => {
    // ¥900 trillion a month is ¥29 trillion for one day of January, and ¥10,600 trillion a year.
    const problems = refused(
      quote([phase([fixed("900000000000000")], { duration: { days: 1 } })], { currency: "JPY" }),
    );
    expect(problems.map((p) => p.path)).toEqual(["phases[0]"]);
  });

  it("prices the largest amounts that still fit, exactly, through decimal.js", () => {
    // 3,000,000,000,000.05 × 300 = 900,000,000,000,015: in hundredths the product passes 2^53, so
    // the safe-integer arithmetic hands over to decimal.js, which gets every digit.
    const big = price(
      { pricingType: "LINEAR", pricePerUnit: "3000000000000.05" },
      { quantity: "300", billingFrequency: "YEARLY" },
    );
    const result = priceQuote(quote([phase([big])], { currency: "JPY" }));
    expect(result.ok && result.result.totalContractValue).toBe("900000000000015");
  });
});
