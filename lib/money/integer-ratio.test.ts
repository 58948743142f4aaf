import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mulDivFloor, mulDivRound } from "@/lib/money/integer-ratio";

describe("integer ratios", () => {
  it.each([
    [10, 1, 3, 3, 1, 3],
    [20, 1, 3, 6, 2, 7],
    [15, 1, 2, 7, 1, 8],
    [0, 5, 7, 0, 0, 0],
    [2 ** 40, 2 ** 14, 3, 6004799503160661, 1, 6004799503160661],
  ])("%i × %i ÷ %i", (a, b, c, quotient, remainder, rounded) => {
    expect(mulDivFloor(a, b, c)).toEqual({ quotient, remainder });
    expect(mulDivRound(a, b, c)).toBe(rounded);
  });

  it("matches BigInt arithmetic on and beyond the 2^53 boundary", () => {
    const safe = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(safe, fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 2 ** 40 }), (a, b, c) => {
        const product = BigInt(a) * BigInt(b);
        const quotient = product / BigInt(c);
        if (quotient > BigInt(Number.MAX_SAFE_INTEGER)) return;
        const remainder = product % BigInt(c);
        expect(mulDivFloor(a, b, c)).toEqual({ quotient: Number(quotient), remainder: Number(remainder) });
        expect(mulDivRound(a, b, c)).toBe(Number(remainder * 2n >= BigInt(c) ? quotient + 1n : quotient));
      }),
      { numRuns: 2000 },
    );
  });
});
