import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactDecimal } from "@/lib/money/exact-decimal";
import { ratioToMinorUnits, roundHalfAway, toMinorUnits } from "@/lib/money/round-half-away";

describe("rounding half away from zero", () => {
  it.each([
    ["0.125", 2, "0.13"],
    ["-0.125", 2, "-0.13"],
    ["0.124999999999", 2, "0.12"],
    ["2.5", 0, "3"],
    ["-2.5", 0, "-3"],
    ["1.0005", 3, "1.001"],
    ["0.00005", 4, "0.0001"],
    ["123456789012345678.999999999999", 2, "123456789012345679"],
  ])("%s to %i digits is %s", (amount, digits, expected) => {
    expect(roundHalfAway(amount, digits).toString()).toBe(expected);
  });

  it("counts minor units", () => {
    expect([toMinorUnits("12.345", 2), toMinorUnits("1999.5", 0), toMinorUnits("0.12345", 4)]).toEqual([
      1235, 2000, 1235,
    ]);
  });

  it.each([
    ["100", 31, 2, 323],
    ["1", 3, 2, 33],
    ["2", 3, 2, 67],
    ["0.01", 2, 2, 1],
    ["0.03", 2, 2, 2],
    ["-0.03", 2, 2, -2],
    ["700", 365, 0, 2],
  ])("%s ÷ %i in %i-digit minor units is %i", (numerator, denominator, digits, expected) => {
    expect(ratioToMinorUnits(numerator, denominator, digits)).toBe(expected);
  });

  it("rounds a ratio exactly as the rational number would round", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 1, max: 400 }), (cents, days) => {
        const numerator = new ExactDecimal(cents.toString()).dividedBy(100);
        const twice = cents * 2n;
        const expected = (twice / BigInt(days) + 1n) / 2n;
        expect(ratioToMinorUnits(numerator, days, 2)).toBe(Number(expected));
      }),
    );
  });
});
