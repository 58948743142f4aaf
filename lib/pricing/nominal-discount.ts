import type { BillingGrid } from "@/lib/pricing/billing-grid";
import { spreadByLargestRemainder } from "@/lib/pricing/largest-remainder";
import { periodIn, type LineWork } from "@/lib/pricing/line-work";
import { perPeriodAmounts } from "@/lib/pricing/per-period-amount";

/**
 * Takes `amount` off each period of `grid`, spread over the covered lines in proportion to what
 * earlier discounts left of them, by largest remainder (design details 5 and 11). What exceeds the
 * lines in a period is dropped, never carried over. Returns the units taken off and whether any
 * period dropped something.
 */
export function applyNominalDiscount(
  lines: readonly LineWork[],
  covered: readonly number[],
  grid: BillingGrid,
  amount: string,
  digits: number,
): { total: number; dropped: boolean } {
  const discounts = perPeriodAmounts(amount, grid, digits);
  const members = covered.flatMap((index) => lines[index] ?? []);
  let total = 0;
  let dropped = false;
  let previousDiscount = -1;
  let previousWeights: number[] = [];
  let previousShares: number[] = [];
  const slots = new Array<number>(members.length).fill(-1);
  for (let p = 0; p < discounts.length; p += 1) {
    const weights = new Array<number>(members.length);
    let available = 0;
    for (let m = 0; m < members.length; m += 1) {
      const line = members[m];
      const slot = line ? periodIn(line, grid, p) : -1;
      const weight = slot >= 0 ? (line?.net[slot] ?? 0) : 0;
      slots[m] = slot;
      weights[m] = weight;
      available += weight;
    }
    const discount = discounts[p] ?? 0;
    if (discount > available) dropped = true;
    if (available === 0 || discount === 0) continue;
    // Full periods usually leave the same amounts, and the same amounts spread the same way.
    const shares =
      discount >= available
        ? weights
        : discount === previousDiscount && sameNumbers(weights, previousWeights)
          ? previousShares
          : spreadByLargestRemainder(discount, weights);
    for (let m = 0; m < members.length; m += 1) {
      const line = members[m];
      const slot = slots[m] ?? -1;
      const share = shares[m] ?? 0;
      if (line && slot >= 0) line.net[slot] = (line.net[slot] ?? 0) - share;
      total += share;
    }
    previousDiscount = discount;
    previousWeights = weights;
    previousShares = shares;
  }
  return { total, dropped };
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
