import type { ExactArithmetic } from "@/lib/money/exact-arithmetic";

type Tier = {
  upperBound?: string | null | undefined;
  price: string;
  fee?: string | undefined;
  isPricePercentage?: boolean | undefined;
};

/** A tier's `price` in percent (1.00 = 1 %) applies to a money amount as the quantity (design, Percentages). */
function unitRate<T>(math: ExactArithmetic<T>, tier: Tier): T {
  const price = math.parse(tier.price);
  return tier.isPricePercentage ? math.hundredth(price) : price;
}

/**
 * A tier's upper bound: inclusive, so the next tier starts just above it. The last tier is unbounded
 * even if it names a bound (design detail 9: it prices the units above it at its own rate).
 */
function upperBound<T>(math: ExactArithmetic<T>, tiers: readonly Tier[], index: number): T | null {
  const bound = tiers[index]?.upperBound;
  return index === tiers.length - 1 || bound == null ? null : math.parse(bound);
}

/**
 * Each unit priced in its own tier, plus the fee of every tier reached. Quantity 0 reaches the first
 * tier (design, Tiers): 125 units over 0–100 at 1.00 + 20 and above at 0.75 + 50 cost 188.75.
 */
export function graduatedAmount<T>(math: ExactArithmetic<T>, tiers: readonly Tier[], quantity: T): T {
  let total = math.fromInteger(0);
  let lower = math.fromInteger(0);
  for (let index = 0; index < tiers.length; index += 1) {
    const tier = tiers[index];
    if (!tier || (index > 0 && math.compare(quantity, lower) <= 0)) break;
    const upper = upperBound(math, tiers, index);
    const top = upper === null || math.compare(quantity, upper) < 0 ? quantity : upper;
    const units = math.subtract(top, lower);
    total = math.add(total, math.multiply(units, unitRate(math, tier)));
    total = math.add(total, math.parse(tier.fee ?? "0"));
    if (upper === null) break;
    lower = upper;
  }
  return total;
}

/** Every unit at the rate of the tier the quantity falls in, plus that tier's fee: 125 units above → 143.75. */
export function volumeAmount<T>(math: ExactArithmetic<T>, tiers: readonly Tier[], quantity: T): T {
  for (let index = 0; index < tiers.length; index += 1) {
    const tier = tiers[index];
    const upper = upperBound(math, tiers, index);
    if (tier && (upper === null || math.compare(quantity, upper) <= 0)) {
      return math.add(math.multiply(quantity, unitRate(math, tier)), math.parse(tier.fee ?? "0"));
    }
  }
  return math.fromInteger(0);
}
