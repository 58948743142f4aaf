import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spreadByLargestRemainder } from "@/lib/pricing/largest-remainder";

describe("spreading by largest remainder (design detail 5)", () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]], // a three-way tie goes to the earliest line
    [100, [2, 1, 1], [50, 25, 25]],
    [10, [3000, 2000, 1000], [5, 3, 2]], // 5, 3.33, 1.67: the leftover unit goes to the largest remainder
    [7, [0, 5, 5], [0, 4, 3]],
    [1000, [1000, 333], [750, 250]],
    [0, [4, 5], [0, 0]],
  ])("%i over %j is %j", (total, weights, shares) => {
    expect(spreadByLargestRemainder(total, weights)).toEqual(shares);
  });

  it("adds up to the total, never gives a line more than it has, and stays within a unit of its exact share", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, fraction) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          fc.pre(sum > 0);
          const total = Math.floor(sum * fraction);
          const shares = spreadByLargestRemainder(total, weights);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          shares.forEach((share, i) => {
            const weight = weights[i] ?? 0;
            expect(share).toBeLessThanOrEqual(weight);
            expect(Math.abs(share - (total * weight) / sum)).toBeLessThan(1 + 1e-9);
          });
        },
      ),
    );
  });
});
