import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalArithmetic } from "@/lib/money/decimal-arithmetic";
import { OutsideSafeIntegers, safeIntegerArithmetic as safe } from "@/lib/money/safe-integer-arithmetic";

/** Decimal strings as the schemas accept them, small enough to stay mostly on the safe path. */
const decimalText = fc
  .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => (scale === 0 ? String(units) : (units / 10 ** scale).toFixed(scale)));

const same = <T>(run: () => T, reference: () => T) => {
  try {
    expect(run()).toEqual(reference());
  } catch (error) {
    if (!(error instanceof OutsideSafeIntegers)) throw error;
  }
};

describe("safe-integer arithmetic", () => {
  it.each([
    ["12.50", { units: 125, scale: 1 }],
    ["0.000000000001", { units: 1, scale: 12 }],
    ["100", { units: 100, scale: 0 }],
    ["007.10", { units: 71, scale: 1 }],
  ])("parses %s exactly", (text, expected) => expect(safe.parse(text)).toEqual(expected));

  it("refuses what it cannot hold exactly, so the caller falls back to decimal.js", () => {
    expect(() => safe.parse("9007199254740993")).toThrow(OutsideSafeIntegers);
    expect(() => safe.multiply(safe.parse("100000000"), safe.parse("100000000.5"))).toThrow(OutsideSafeIntegers);
    expect(() => safe.parse("-1")).toThrow(OutsideSafeIntegers);
    expect(safe.parse("9007199254740991").units).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("rounds to minor units half away from zero, and prorates with one rounding", () => {
    expect(safe.toMinorUnits(safe.parse("0.125"), 2)).toBe(13);
    expect(safe.toMinorUnits(safe.parse("0.124999"), 2)).toBe(12);
    expect(safe.toMinorUnits(safe.parse("1234.5"), 0)).toBe(1235);
    expect(safe.toMinorUnits(safe.parse("7"), 4)).toBe(70000);
    expect(safe.prorateToMinorUnits(safe.parse("100"), 17, 31, 2)).toBe(5484);
    expect(safe.prorateToMinorUnits(safe.parse("0.005"), 1, 2, 3)).toBe(3);
    expect(safe.ceilDivide(safe.parse("600"), safe.parse("250"))).toEqual({ units: 3, scale: 0 });
    expect(safe.ceilDivide(safe.parse("500"), safe.parse("250"))).toEqual({ units: 2, scale: 0 });
    expect(safe.toText(safe.parse("0.50"))).toBe("0.5");
  });

  it("agrees with decimal.js on every operation wherever it answers", () => {
    const digits = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(decimalText, decimalText, digits, fc.integer({ min: 1, max: 366 }), (x, y, d, days) => {
        const [a, b] = [safe.parse(x), safe.parse(y)];
        const [p, q] = [decimalArithmetic.parse(x), decimalArithmetic.parse(y)];
        same(
          () => safe.toMinorUnits(safe.multiply(a, b), d),
          () => decimalArithmetic.toMinorUnits(decimalArithmetic.multiply(p, q), d),
        );
        same(
          () => safe.toMinorUnits(safe.add(a, safe.hundredth(b)), d),
          () => decimalArithmetic.toMinorUnits(decimalArithmetic.add(p, decimalArithmetic.hundredth(q)), d),
        );
        same(
          () => safe.prorateToMinorUnits(a, Math.min(days, 365), 366, d),
          () => decimalArithmetic.prorateToMinorUnits(p, Math.min(days, 365), 366, d),
        );
        same(
          () => safe.compare(a, b),
          () => decimalArithmetic.compare(p, q),
        );
        same(
          () => safe.toText(a),
          () => decimalArithmetic.toText(p),
        );
        if (decimalArithmetic.compare(q, decimalArithmetic.parse("0")) > 0) {
          same(
            () => safe.toText(safe.ceilDivide(a, b)),
            () => decimalArithmetic.toText(decimalArithmetic.ceilDivide(p, q)),
          );
        }
        if (decimalArithmetic.compare(p, q) >= 0) {
          same(
            () => safe.toText(safe.subtract(a, b)),
            () => decimalArithmetic.toText(decimalArithmetic.subtract(p, q)),
          );
        }
      }),
      { numRuns: 3000 },
    );
  });
});
