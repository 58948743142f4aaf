import { billingGrid, phaseStartGrid, type BillingGrid } from "@/lib/pricing/billing-grid";
import { coveredPriceIndices, indexPricesById } from "@/lib/pricing/covered-prices";
import { lineWork, type LineWork } from "@/lib/pricing/line-work";
import { minimumTrueUp, type TrueUpWork } from "@/lib/pricing/minimum-true-up";
import { applyNominalDiscount } from "@/lib/pricing/nominal-discount";
import { applyPercentageDiscount } from "@/lib/pricing/percentage-discount";
import { phaseArr } from "@/lib/pricing/phase-arr";
import type { PhaseSpan } from "@/lib/pricing/phase-spans";
import { isOneOff } from "@/lib/pricing/price-kind";
import type { Problem } from "@/lib/schemas/problems";
import type { PricingPhase, PricingPrice, QuoteBillingFrequency } from "@/lib/schemas/quote-pricing";

/** A priced phase in whole minor units, before it is written out as strings. */
export type PhaseWork = {
  phaseIndex: number;
  name: string | null;
  span: PhaseSpan;
  lines: LineWork[];
  /** Per discount, what it took off. */
  discounts: { type: PricingPhase["discounts"][number]["type"]; total: number }[];
  /** Per minimum; null when it covers no price. */
  trueUps: (TrueUpWork | null)[];
  subtotal: number;
  discountTotal: number;
  trueUpTotal: number;
  total: number;
  arr: number;
};

export type GridFor = (key: QuoteBillingFrequency | "PHASE_START") => BillingGrid;

/** One grid per frequency and phase, so lines billed alike share their periods with discounts and minimums. */
export function phaseGrids(span: PhaseSpan): GridFor {
  const grids = new Map<QuoteBillingFrequency | "PHASE_START", BillingGrid>();
  return (key) => {
    let grid = grids.get(key);
    if (!grid) {
      grid = key === "PHASE_START" ? phaseStartGrid(span) : billingGrid(span, key);
      grids.set(key, grid);
    }
    return grid;
  };
}

const gridKeyOf = (price: PricingPrice) =>
  price.structure.pricingType === "ONE_TIME" ? "PHASE_START" : price.billingFrequency;

/** Periods the phase's lines would have, to refuse a quote too large to price before pricing it. */
export function countLinePeriods(phase: PricingPhase, gridFor: GridFor): number {
  return phase.prices.reduce((sum, price) => sum + gridFor(gridKeyOf(price)).starts.length, 0);
}

/**
 * Line periods the phase's discounts and minimums would visit, summed over each of them: a discount
 * works through every period of every line it covers, so many discounts over long lines cost
 * discounts × periods, which the line count alone does not bound.
 */
export function countCoveredPeriods(phase: PricingPhase, gridFor: GridFor): number {
  const byId = indexPricesById(phase.prices);
  const periods = phase.prices.map((price) => gridFor(gridKeyOf(price)).starts.length);
  let sum = 0;
  for (const { restrictToPrices } of [...phase.discounts, ...phase.minimums]) {
    for (const index of coveredPriceIndices(restrictToPrices, phase.prices, byId, () => true)) {
      sum += periods[index] ?? 0;
    }
  }
  return sum;
}

/**
 * Prices one phase: each line once per period shape, then the discounts in list order, then each
 * minimum's true-ups (design details 2–7). Warnings about the phase's discounts and minimums are
 * appended to `warnings`.
 */
export function pricePhase(
  phase: PricingPhase,
  phaseIndex: number,
  span: PhaseSpan,
  gridFor: GridFor,
  digits: number,
  warnings: Problem[],
): PhaseWork {
  const at = `phases[${phaseIndex}]`;
  const { prices } = phase;
  const byId = indexPricesById(prices);
  const lines = prices.map((price, index) => lineWork(price, index, gridFor(gridKeyOf(price)), digits));
  // Covered prices share a frequency (findQuoteProblems), so the first one's grid is theirs.
  const sharedGrid = (covered: readonly number[]) => gridFor(prices[covered[0] ?? 0]?.billingFrequency ?? "ONE_TIME");

  const discounts = phase.discounts.map(({ type, amount, restrictToPrices }, index) => {
    const covered = coveredPriceIndices(restrictToPrices, prices, byId, () => true);
    if (covered.length === 0) return { type, total: 0 };
    if (type === "PERCENTAGE") return { type, total: applyPercentageDiscount(lines, covered, amount) };
    const { total, dropped } = applyNominalDiscount(lines, covered, sharedGrid(covered), amount, digits);
    if (dropped) {
      warnings.push({
        path: `${at}.discounts[${index}].amount`,
        message: "exceeds what is left of its lines in some periods: the excess is dropped, not carried over",
      });
    }
    return { type, total };
  });

  const trueUps = phase.minimums.map((minimum, index) => {
    const covered = coveredPriceIndices(minimum.restrictToPrices, prices, byId, (price) => !isOneOff(price));
    if (covered.length === 0) {
      warnings.push({
        path: `${at}.minimums[${index}]`,
        message: "covers no recurring price in this phase, so it has nothing to top up",
      });
      return null;
    }
    return minimumTrueUp(lines, covered, sharedGrid(covered), minimum.amount, digits);
  });

  let subtotal = 0;
  let net = 0;
  let recurringNet = 0;
  for (const line of lines) {
    for (const amount of line.amounts) subtotal += amount;
    let lineNet = 0;
    for (const amount of line.net) lineNet += amount;
    net += lineNet;
    if (!line.oneOff) recurringNet += lineNet;
  }
  let trueUpTotal = 0;
  for (const work of trueUps) for (const amount of work?.trueUps ?? []) trueUpTotal += amount;
  return {
    phaseIndex,
    name: phase.name ?? null,
    span,
    lines,
    discounts,
    trueUps,
    subtotal,
    discountTotal: subtotal - net,
    trueUpTotal,
    total: net + trueUpTotal,
    arr: phaseArr(recurringNet + trueUpTotal, span),
  };
}
