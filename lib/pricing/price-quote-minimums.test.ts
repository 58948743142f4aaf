import { describe, expect, it } from "vitest";
import { fixed, phase, price, priced, quote } from "@/lib/pricing/test-quotes";

const usage = (quantity: string, fields: Record<string, unknown> = {}) =>
  price({ pricingType: "LINEAR", pricePerUnit: "0.05" }, { quantity, billingType: "IN_ARREARS", ...fields });

function phaseOf(fields: Record<string, unknown>) {
  const result = priced(quote([phase([], fields)]));
  const first = result.phases[0];
  if (!first) throw new Error("no phase");
  return first;
}

describe("minimums (design details 2, 6 and 11)", () => {
  it("tops each period's covered lines up to the minimum with a separate true-up, billed at the period's end", () => {
    // 40 fixed + 100 × 0.05 usage = 45 a month against a minimum of 50: 5 a month.
    const result = phaseOf({ prices: [fixed("40"), usage("100")], minimums: [{ amount: "50" }] });
    expect([result.subtotal, result.minimumTrueUp, result.total]).toEqual(["540.00", "60.00", "600.00"]);
    expect(result.minimums[0]?.periods[0]).toEqual({
      start: "2027-01-01",
      end: "2027-01-31",
      billingDate: "2027-01-31",
      minimum: "50.00",
      committed: "45.00",
      trueUp: "5.00",
    });
    expect(result.lines.map((l) => l.total)).toEqual(["480.00", "60.00"]);
  });

  it("measures the minimum after discounts", () => {
    const result = phaseOf({
      prices: [fixed("100")],
      discounts: [{ type: "PERCENTAGE", amount: "50" }],
      minimums: [{ amount: "60" }],
      duration: { months: 1 },
    });
    expect([result.discountTotal, result.minimumTrueUp, result.total]).toEqual(["50.00", "10.00", "60.00"]);
  });

  it("prorates the minimum in a short period, while usage is not prorated", () => {
    // February 1–14: minimum 50 × 14 ÷ 28 = 25; fixed 40 × 14 ÷ 28 = 20 plus 5 of usage: no true-up.
    const result = phaseOf({
      prices: [fixed("40"), usage("100")],
      minimums: [{ amount: "50" }],
      duration: { months: 1, days: 14 },
    });
    expect(result.minimums[0]?.periods.map((p) => [p.minimum, p.committed, p.trueUp])).toEqual([
      ["50.00", "45.00", "5.00"],
      ["25.00", "25.00", "0.00"],
    ]);
  });

  it("tops several minimums over one price up independently", () => {
    const result = phaseOf({
      prices: [fixed("40", { temporaryId: "a" })],
      minimums: [
        { amount: "50", restrictToPrices: ["a"] },
        { amount: "60", restrictToPrices: ["a"] },
      ],
      duration: { months: 1 },
    });
    expect(result.minimums.map((m) => m.trueUpTotal)).toEqual(["10.00", "20.00"]);
    expect(result.total).toBe("70.00");
  });

  it("leaves one-off prices out of an unrestricted minimum", () => {
    const setup = price({ pricingType: "ONE_TIME", price: "500" }, { billingFrequency: "ONE_TIME" });
    const result = phaseOf({ prices: [setup, fixed("40")], minimums: [{ amount: "50" }], duration: { months: 2 } });
    expect(result.minimums[0]?.periods.map((p) => p.trueUp)).toEqual(["10.00", "10.00"]);
  });

  it("never tops up below zero", () => {
    const result = phaseOf({ prices: [fixed("80")], minimums: [{ amount: "50" }], duration: { months: 1 } });
    expect(result.minimumTrueUp).toBe("0.00");
  });

  it("follows its prices' frequency: a quarterly minimum over quarterly prices", () => {
    const result = phaseOf({
      prices: [fixed("100", { billingFrequency: "QUARTERLY" })],
      minimums: [{ amount: "150" }],
    });
    expect(result.minimums[0]?.periods.map((p) => [p.end, p.trueUp])).toEqual([
      ["2027-03-31", "50.00"],
      ["2027-06-30", "50.00"],
      ["2027-09-30", "50.00"],
      ["2027-12-31", "50.00"],
    ]);
  });
});
