import type { ExactArithmetic } from "@/lib/money/exact-arithmetic";
import { graduatedAmount, volumeAmount } from "@/lib/pricing/tiered-amount";
import type { PriceStructure } from "@/lib/schemas/price-structure";
import type { PricingPrice } from "@/lib/schemas/quote-pricing";

export type PeriodCharge<T> = {
  /** One full billing period, before rounding. */
  amount: T;
  /** FIXED and seat prices are prorated in a short period; usage and ONE_TIME never are (design detail 2). */
  prorates: boolean;
  /** The units priced (expected usage, or seats billed), or null when the price has none. */
  quantity: string | null;
};

/**
 * What one full billing period of a price costs, exactly. A usage price without an expected quantity
 * (or quoted as a rate only) returns null: it shows its rate and counts as zero (design detail 10).
 */
export function periodCharge<T>(math: ExactArithmetic<T>, price: PricingPrice): PeriodCharge<T> | null {
  const { structure } = price;
  switch (structure.pricingType) {
    case "ONE_TIME":
      return { amount: math.parse(structure.price), prorates: false, quantity: null };
    case "FIXED":
      return { amount: math.parse(structure.price), prorates: true, quantity: null };
    case "SEAT_BASED":
      return seatCharge(math, structure, price.quantity);
  }
  if (price.rateOnly || price.quantity === undefined) return null;
  const quantity = math.parse(price.quantity);
  return { amount: usageAmount(math, structure, quantity), prorates: false, quantity: math.toText(quantity) };
}

type UsageStructure = Extract<PriceStructure, { pricingType: "LINEAR" | "PACKAGE" | "GRADUATED" | "VOLUME" }>;

function usageAmount<T>(math: ExactArithmetic<T>, structure: UsageStructure, quantity: T): T {
  switch (structure.pricingType) {
    case "LINEAR":
      // With isPricePercentage the rate is a fraction (1 = 100 %), so the arithmetic is the same.
      return math.multiply(quantity, math.parse(structure.pricePerUnit));
    case "PACKAGE": {
      const packages = math.ceilDivide(quantity, math.parse(structure.packageSize));
      return math.multiply(packages, math.parse(structure.pricePerPackage));
    }
    case "GRADUATED":
      return graduatedAmount(math, structure.tiers, quantity);
    case "VOLUME":
      return volumeAmount(math, structure.tiers, quantity);
  }
}

/** Seats billed are at least the contracted minimum, which stands in for a missing quantity (design detail 8). */
function seatCharge<T>(
  math: ExactArithmetic<T>,
  structure: Extract<PriceStructure, { pricingType: "SEAT_BASED" }>,
  quantity: string | undefined,
): PeriodCharge<T> {
  const minimum = math.fromInteger(structure.contractedMinimumSeats);
  const asked = quantity === undefined ? minimum : math.parse(quantity);
  const seats = math.compare(asked, minimum) < 0 ? minimum : asked;
  const amount =
    structure.tiers.length > 0
      ? graduatedAmount(math, structure.tiers, seats)
      : math.multiply(seats, math.parse(structure.pricePerSeat));
  return { amount, prorates: true, quantity: math.toText(seats) };
}
