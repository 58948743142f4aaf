import { ExactDecimal } from "@/lib/money/exact-decimal";
import { ratioToMinorUnits, toMinorUnits } from "@/lib/money/round-half-away";
import type { BillingGrid } from "@/lib/pricing/billing-grid";

/**
 * A NOMINAL discount's or a minimum's amount for each period of its grid, in minor units: the amount
 * rounded once, and prorated by days in a short last period (design detail 2).
 */
export function perPeriodAmounts(amount: string, grid: BillingGrid, digits: number): number[] {
  const full = toMinorUnits(amount, digits);
  const amounts = new Array<number>(grid.starts.length).fill(full);
  if (grid.lastDays < grid.lastFullDays) {
    amounts[amounts.length - 1] = ratioToMinorUnits(
      new ExactDecimal(amount).times(grid.lastDays),
      grid.lastFullDays,
      digits,
    );
  }
  return amounts;
}
