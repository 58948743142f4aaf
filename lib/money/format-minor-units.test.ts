import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactDecimal } from "@/lib/money/exact-decimal";
import { formatMinorUnits } from "@/lib/money/format-minor-units";

describe("formatMinorUnits", () => {
  it.each([
    [12345, 2, "123.45"],
    [5, 3, "0.005"],
    [7, 0, "7"],
    [0, 2, "0.00"],
    [0, 4, "0.0000"],
    [-5, 2, "-0.05"],
    [-123456, 3, "-123.456"],
    [Number.MAX_SAFE_INTEGER, 2, "90071992547409.91"],
  ])("%i with %i digits is %s", (units, digits, expected) => {
    expect(formatMinorUnits(units, digits)).toBe(expected);
  });

  it("agrees with decimal division for every safe integer", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 4 }), (units, digits) => {
        const expected = new ExactDecimal(units).dividedBy(10 ** digits).toFixed(digits);
        expect(formatMinorUnits(units, digits)).toBe(expected);
      }),
    );
  });
});
