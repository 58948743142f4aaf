import { isUsageStructure } from "@/lib/schemas/price-structure";
import type { Problem } from "@/lib/schemas/problems";
import type { PricingPrice } from "@/lib/schemas/quote-pricing";

type At = { phaseIndex: number; priceIndex: number };

// Paths are written only for the warnings there are: most prices of a large quote have none.
const pathOf = ({ phaseIndex, priceIndex }: At, field: string) => `phases[${phaseIndex}].prices[${priceIndex}]${field}`;

/** Appends to `warnings` what a reader of the priced quote should know about one price. */
export function addPriceWarnings(price: PricingPrice, at: At, warnings: Problem[]): void {
  const { structure } = price;
  if (structure.pricingType === "SEAT_BASED") addSeatWarnings(price, at, warnings);
  else if (!isUsageStructure(structure) && price.quantity !== undefined) {
    warnings.push({
      path: pathOf(at, ".quantity"),
      message: `ignored: a ${structure.pricingType} price does not depend on a quantity`,
    });
  }
  if (!isUsageStructure(structure)) {
    if (price.rateOnly) {
      warnings.push({
        path: pathOf(at, ".rateOnly"),
        message: "ignored: only usage prices can be quoted as a rate only",
      });
    }
    return;
  }
  if (price.rateOnly) {
    warnings.push({
      path: pathOf(at, price.quantity === undefined ? ".rateOnly" : ".quantity"),
      message: "quoted as a rate only: the line shows its rate and counts as zero in the totals",
    });
  } else if (price.quantity === undefined) {
    warnings.push({
      path: pathOf(at, ".quantity"),
      message: "no expected quantity: the line shows its rate and counts as zero in the totals",
    });
  }
  if (price.billingType === "IN_ADVANCE") {
    warnings.push({
      path: pathOf(at, ".billingType"),
      message: "usage is billed in arrears, at the end of each period, not in advance",
    });
  }
  if (structure.pricingType === "GRADUATED" && structure.usageCalculationMode !== "BILLING_PERIOD") {
    warnings.push({
      path: pathOf(at, ".structure.usageCalculationMode"),
      message: `${structure.usageCalculationMode} usage is estimated per billing period from the expected quantity`,
    });
  }
  if (structure.pricingType === "VOLUME") {
    structure.tiers.forEach((tier, index) => {
      if (tier.minPrice === undefined && tier.maxPrice === undefined) return;
      warnings.push({
        path: pathOf(at, `.structure.tiers[${index}]`),
        message:
          "minPrice and maxPrice clamp each transaction, which an estimate from one expected volume cannot apply: kept, not applied",
      });
    });
  }
}

function addSeatWarnings(price: PricingPrice, at: At, warnings: Problem[]): void {
  const { structure } = price;
  if (structure.pricingType !== "SEAT_BASED") return;
  const minimum = structure.contractedMinimumSeats;
  const seats = price.quantity === undefined ? undefined : Number(price.quantity);
  const overages = structure.overagesBillingFrequency;
  if (seats === undefined) {
    warnings.push({
      path: pathOf(at, ".quantity"),
      message: `no seat count: billed for the contracted minimum of ${minimum} seats`,
    });
  } else if (seats < minimum) {
    warnings.push({
      path: pathOf(at, ".quantity"),
      message: `below the contracted minimum: billed for ${minimum} seats`,
    });
  } else if (seats > minimum && overages && overages !== "NONE" && overages !== price.billingFrequency) {
    warnings.push({
      path: pathOf(at, ".structure.overagesBillingFrequency"),
      message: `the seats above the contracted minimum are estimated at the price's ${price.billingFrequency} frequency, not billed ${overages}`,
    });
  }
}
