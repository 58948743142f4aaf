import { describe, expect, it } from "vitest";
import { findQuoteProblems } from "@/lib/pricing/find-quote-problems";
import { fixed, phase, price, quote } from "@/lib/pricing/test-quotes";
import { type QuotePhaseBody } from "@/lib/schemas/quote";
import { pricingQuoteSchema } from "@/lib/schemas/quote-pricing";

const problemsOf = (input: unknown) => findQuoteProblems(pricingQuoteSchema.parse(input));

const usage = (fields: Record<string, unknown> = {}) =>
  price({ pricingType: "LINEAR", pricePerUnit: "0.10" }, { billingType: "IN_ARREARS", ...fields });

describe("findQuoteProblems", () => {
  it("finds nothing in an incomplete draft: no start date, no quantities, an empty phase", () => {
    const draft = quote([phase([usage(), fixed("10")]), phase([])], { preliminaryBillingStartDate: undefined });
    expect(problemsOf(draft)).toEqual([]);
    expect(problemsOf(quote([]))).toEqual([]);
  });

  it("points at each restrictToPrices entry that names no price in its phase", () => {
    const a = fixed("10", { temporaryId: "a" });
    const input = quote([
      phase([a], {
        discounts: [{ type: "PERCENTAGE", amount: "5", restrictToPrices: ["a", "b"] }],
        minimums: [{ amount: "5", restrictToPrices: ["c"] }],
      }),
    ]);
    expect(problemsOf(input)).toEqual([
      {
        path: "phases[0].discounts[0].restrictToPrices[1]",
        message: '"b" is not the temporaryId of a price in this phase',
      },
      {
        path: "phases[0].minimums[0].restrictToPrices[0]",
        message: '"c" is not the temporaryId of a price in this phase',
      },
    ]);
  });

  it("refuses a minimum over prices billed at different frequencies", () => {
    const prices = [
      fixed("10", { temporaryId: "m" }),
      fixed("10", { temporaryId: "y", billingFrequency: "YEARLY" }),
      fixed("10", { temporaryId: "m2" }),
    ];
    const restricted = problemsOf(
      quote([phase(prices, { minimums: [{ amount: "5", restrictToPrices: ["m", "y"] }] })]),
    );
    expect(restricted).toEqual([
      {
        path: "phases[0].minimums[0].restrictToPrices",
        message:
          "a minimum's prices must share a billing frequency, but it covers MONTHLY (prices[0]) and YEARLY (prices[1]); restrict it to prices billed alike",
      },
    ]);
    const unrestricted = problemsOf(quote([phase(prices, { minimums: [{ amount: "5" }] })]));
    expect(unrestricted.map((p) => [p.path, p.message.includes("MONTHLY (prices[0], prices[2])")])).toEqual([
      ["phases[0].minimums[0]", true],
    ]);
  });

  it("leaves one-off prices out of an unrestricted minimum, but not out of an unrestricted NOMINAL discount", () => {
    const prices = [fixed("10"), price({ pricingType: "ONE_TIME", price: "500" }, { billingFrequency: "ONE_TIME" })];
    expect(problemsOf(quote([phase(prices, { minimums: [{ amount: "50" }] })]))).toEqual([]);
    const nominal = problemsOf(quote([phase(prices, { discounts: [{ type: "NOMINAL", amount: "5" }] })]));
    expect(nominal.map((p) => p.path)).toEqual(["phases[0].discounts[0]"]);
    const percentage = problemsOf(quote([phase(prices, { discounts: [{ type: "PERCENTAGE", amount: "5" }] })]));
    expect(percentage).toEqual([]);
  });

  it("refuses an open-ended phase that is not the last", () => {
    expect(problemsOf(quote([phase([], { duration: null }), phase([])]))).toEqual([
      { path: "phases[0].duration", message: "only the last phase may be open-ended; give this phase a duration" },
    ]);
    expect(problemsOf(quote([phase([]), phase([], { duration: null })]))).toEqual([]);
  });

  it("refuses fractional seats but accepts a whole number written with decimals", () => {
    const seats = (quantity: string) =>
      price({ pricingType: "SEAT_BASED", pricePerSeat: "5", contractedMinimumSeats: 1 }, { quantity });
    expect(problemsOf(quote([phase([seats("12.5"), seats("12.0")])]))).toEqual([
      { path: "phases[0].prices[0].quantity", message: "must be a whole number of seats, not 12.5" },
    ]);
  });

  it("accepts the strict API body's phases as they are", () => {
    const body: QuotePhaseBody[] = [];
    expect(findQuoteProblems({ phases: body })).toEqual([]);
  });
});
