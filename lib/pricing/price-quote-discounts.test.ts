import { describe, expect, it } from "vitest";
import { fixed, phase, priced, quote } from "@/lib/pricing/test-quotes";

const oneMonth = { duration: { months: 1 } };

function phaseOf(
  prices: Record<string, unknown>[],
  discounts: Record<string, unknown>[],
  fields: Record<string, unknown> = oneMonth,
) {
  const result = priced(quote([phase(prices, { ...fields, discounts })]));
  const first = result.phases[0];
  if (!first) throw new Error("no phase");
  return { ...first, warnings: result.warnings };
}

describe("discounts (design details 4, 5 and 11)", () => {
  it("applies several discounts in list order, each to what the earlier ones left", () => {
    const inOrder = phaseOf(
      [fixed("100")],
      [
        { type: "PERCENTAGE", amount: "10" },
        { type: "NOMINAL", amount: "50" },
        { type: "PERCENTAGE", amount: "50" },
      ],
    );
    // 100 − 10 = 90; − 50 = 40; − 20 = 20.
    expect([inOrder.subtotal, inOrder.discountTotal, inOrder.total]).toEqual(["100.00", "80.00", "20.00"]);
    expect(inOrder.discounts.map((d) => d.total)).toEqual(["10.00", "50.00", "20.00"]);
    const reversed = phaseOf(
      [fixed("100")],
      [
        { type: "NOMINAL", amount: "50" },
        { type: "PERCENTAGE", amount: "10" },
        { type: "PERCENTAGE", amount: "50" },
      ],
    );
    // 100 − 50 = 50; − 5 = 45; − 22.50 = 22.50.
    expect(reversed.total).toBe("22.50");
  });

  it("keeps line and period amounts before discounts; the discounts show in the phase's discount total", () => {
    const result = phaseOf([fixed("100")], [{ type: "PERCENTAGE", amount: "25" }]);
    expect(result.lines[0]).toMatchObject({ total: "100.00", discountTotal: "25.00", netTotal: "75.00" });
    expect(result.lines[0]?.periods[0]).toMatchObject({ amount: "100.00", discount: "25.00", net: "75.00" });
    expect([result.subtotal, result.discountTotal, result.total]).toEqual(["100.00", "25.00", "75.00"]);
  });

  it("rounds a PERCENTAGE discount per line and period, not on the total", () => {
    // 12.5 % of 33.33 = 4.16625 → 4.17 each month, 12.51 in all (12.5 % of 99.99 would be 12.50).
    const result = phaseOf([fixed("33.33")], [{ type: "PERCENTAGE", amount: "12.5" }], { duration: { months: 3 } });
    expect([result.subtotal, result.discountTotal, result.total]).toEqual(["99.99", "12.51", "87.48"]);
  });

  it("takes a 100 % discount to zero and no further", () => {
    const result = phaseOf(
      [fixed("19.99")],
      [
        { type: "PERCENTAGE", amount: "100" },
        { type: "NOMINAL", amount: "5" },
      ],
    );
    expect([result.discountTotal, result.total]).toEqual(["19.99", "0.00"]);
  });

  it("spreads a NOMINAL discount in proportion by largest remainder, ties to the earlier line", () => {
    const tie = phaseOf([fixed("10"), fixed("10"), fixed("10")], [{ type: "NOMINAL", amount: "10" }]);
    expect(tie.lines.map((l) => l.discountTotal)).toEqual(["3.34", "3.33", "3.33"]);
    const weighted = phaseOf([fixed("30"), fixed("20"), fixed("10")], [{ type: "NOMINAL", amount: "0.10" }]);
    // 10 cents over 30:20:10 is 5, 3.33 and 1.67 cents: 5, 3 and 2.
    expect(weighted.lines.map((l) => l.discountTotal)).toEqual(["0.05", "0.03", "0.02"]);
  });

  it("spreads a NOMINAL discount over what earlier discounts left", () => {
    // After 50 % off the first line, 25 and 50 are left: 30 off splits 10 and 20.
    const result = phaseOf(
      [fixed("50", { temporaryId: "a" }), fixed("50", { temporaryId: "b" })],
      [
        { type: "PERCENTAGE", amount: "50", restrictToPrices: ["a"] },
        { type: "NOMINAL", amount: "30" },
      ],
    );
    expect(result.lines.map((l) => l.netTotal)).toEqual(["15.00", "30.00"]);
  });

  it("drops what a NOMINAL discount exceeds in a period instead of carrying it over", () => {
    const result = phaseOf([fixed("30")], [{ type: "NOMINAL", amount: "50" }], { duration: { months: 2 } });
    expect([result.discountTotal, result.total]).toEqual(["60.00", "0.00"]);
    expect(result.warnings).toContainEqual({
      path: "phases[0].discounts[0].amount",
      message: "exceeds what is left of its lines in some periods: the excess is dropped, not carried over",
    });
  });

  it("prorates a NOMINAL discount in a short period", () => {
    // February 1–14 of 28 days: the line is 50 and the discount 20 × 14 ÷ 28 = 10.
    const result = phaseOf([fixed("100")], [{ type: "NOMINAL", amount: "20" }], { duration: { months: 1, days: 14 } });
    expect(result.lines[0]?.periods.map((p) => p.discount)).toEqual(["20.00", "10.00"]);
  });

  it("discounts only the prices it is restricted to", () => {
    const result = phaseOf(
      [fixed("100", { temporaryId: "a" }), fixed("100", { temporaryId: "b" })],
      [{ type: "PERCENTAGE", amount: "10", restrictToPrices: ["b"] }],
    );
    expect(result.lines.map((l) => l.discountTotal)).toEqual(["0.00", "10.00"]);
  });
});
