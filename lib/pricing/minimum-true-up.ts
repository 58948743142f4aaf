import type { BillingGrid } from "@/lib/pricing/billing-grid";
import { periodIn, type LineWork } from "@/lib/pricing/line-work";
import { perPeriodAmounts } from "@/lib/pricing/per-period-amount";

export type TrueUpWork = {
  grid: BillingGrid;
  /** Per period of the grid, in minor units. */
  minimums: number[];
  committed: number[];
  trueUps: number[];
};

/**
 * Tops the covered lines' amount after discounts up to the minimum, period by period: true-up =
 * minimum − the sum of the rounded net lines, never below zero (design detail 6). Several minimums
 * over one price are topped up independently, so this reads the lines and never changes them.
 */
export function minimumTrueUp(
  lines: readonly LineWork[],
  covered: readonly number[],
  grid: BillingGrid,
  amount: string,
  digits: number,
): TrueUpWork {
  const minimums = perPeriodAmounts(amount, grid, digits);
  const members = covered.flatMap((index) => lines[index] ?? []);
  const committed = minimums.map((_, p) => {
    let sum = 0;
    for (const line of members) {
      const slot = periodIn(line, grid, p);
      if (slot >= 0) sum += line.net[slot] ?? 0;
    }
    return sum;
  });
  const trueUps = minimums.map((minimum, p) => Math.max(0, minimum - (committed[p] ?? 0)));
  return { grid, minimums, committed, trueUps };
}
