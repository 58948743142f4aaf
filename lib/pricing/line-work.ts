import { decimalArithmetic } from "@/lib/money/decimal-arithmetic";
import type { ExactArithmetic } from "@/lib/money/exact-arithmetic";
import { OutsideSafeIntegers, safeIntegerArithmetic } from "@/lib/money/safe-integer-arithmetic";
import type { BillingGrid } from "@/lib/pricing/billing-grid";
import { periodCharge } from "@/lib/pricing/period-charge";
import { isBilledInAdvance, isOneOff } from "@/lib/pricing/price-kind";
import type { PricingPrice } from "@/lib/schemas/quote-pricing";

/** A price being priced: its periods' amounts in whole minor units, and what discounts have left of them. */
export type LineWork = {
  priceIndex: number;
  price: PricingPrice;
  grid: BillingGrid;
  /** Invoiced on each period's first day rather than its last. */
  billedOnStart: boolean;
  oneOff: boolean;
  quantity: string | null;
  /** Per period, before discounts, rounded once (design, Rounding). */
  amounts: number[];
  /** Per period, after the discounts applied so far. */
  net: number[];
};

type Rounded = { full: number; last: number; quantity: string | null };

/** The charge of a full period and of the (possibly short) last one, each rounded once. */
function roundedCharges<T>(math: ExactArithmetic<T>, price: PricingPrice, grid: BillingGrid, digits: number): Rounded {
  const charge = periodCharge(math, price);
  if (!charge) return { full: 0, last: 0, quantity: null };
  const full = math.toMinorUnits(charge.amount, digits);
  const last =
    charge.prorates && grid.lastDays < grid.lastFullDays
      ? math.prorateToMinorUnits(charge.amount, grid.lastDays, grid.lastFullDays, digits)
      : full;
  return { full, last, quantity: charge.quantity };
}

/**
 * Rounds the price's charge once per distinct period shape: every full period costs the same, and
 * only a short last period (prorated by days ÷ days of the full period it was cut from) differs.
 * Safe integers compute almost every charge; decimal.js takes over, with the same exact result,
 * when a value outgrows them.
 */
export function lineWork(price: PricingPrice, priceIndex: number, grid: BillingGrid, digits: number): LineWork {
  let rounded: Rounded;
  try {
    rounded = roundedCharges(safeIntegerArithmetic, price, grid, digits);
  } catch (error) {
    if (!(error instanceof OutsideSafeIntegers)) throw error;
    rounded = roundedCharges(decimalArithmetic, price, grid, digits);
  }
  const amounts = new Array<number>(grid.starts.length).fill(rounded.full);
  amounts[amounts.length - 1] = rounded.last;
  return {
    priceIndex,
    price,
    grid,
    billedOnStart: price.structure.pricingType === "ONE_TIME" || isBilledInAdvance(price),
    oneOff: isOneOff(price),
    quantity: rounded.quantity,
    amounts,
    net: amounts.slice(),
  };
}

/**
 * Which of the line's periods falls in period `p` of a discount's or minimum's grid, or -1. Lines
 * covered together share a frequency and so a grid; a ONE_TIME structure, charged on the phase's
 * first day, counts in the grid's first period.
 */
export function periodIn(line: LineWork, grid: BillingGrid, p: number): number {
  if (line.grid === grid) return p;
  return p === 0 ? 0 : -1;
}
