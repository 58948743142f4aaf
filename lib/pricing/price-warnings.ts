import { isUsageStructure } from "@/lib/schemas/price-structure";
import type { Problem } from "@/lib/schemas/problems";
import type { PricingPrice } from "@/lib/schemas/quote";

/** What a reader of the priced quote should know about one price; `path` is the price's path. */
export function priceWarnings(price: PricingPrice, path: string): Problem[] {
  const { structure } = price;
  if (!isUsageStructure(structure)) return [...fixedWarnings(price, path), ...seatWarnings(price, path)];
  const warnings: Problem[] = [];
  if (price.rateOnly) {
    warnings.push({
      path: price.quantity === undefined ? `${path}.rateOnly` : `${path}.quantity`,
      message: "quoted as a rate only: the line shows its rate and counts as zero in the totals",
    });
  } else if (price.quantity === undefined) {
    warnings.push({
      path: `${path}.quantity`,
      message: "no expected quantity: the line shows its rate and counts as zero in the totals",
    });
  }
  if (price.billingType === "IN_ADVANCE") {
    warnings.push({
      path: `${path}.billingType`,
      message: "usage is billed in arrears, at the end of each period, not in advance",
    });
  }
  if (structure.pricingType === "GRADUATED" && structure.usageCalculationMode !== "BILLING_PERIOD") {
    warnings.push({
      path: `${path}.structure.usageCalculationMode`,
      message: `${structure.usageCalculationMode} usage is estimated per billing period from the expected quantity`,
    });
  }
  if (structure.pricingType === "VOLUME") {
    structure.tiers.forEach((tier, index) => {
      if (tier.minPrice === undefined && tier.maxPrice === undefined) return;
      warnings.push({
        path: `${path}.structure.tiers[${index}]`,
        message:
          "minPrice and maxPrice clamp each transaction, which an estimate from one expected volume cannot apply: kept, not applied",
      });
    });
  }
  return warnings;
}

function fixedWarnings(price: PricingPrice, path: string): Problem[] {
  const { pricingType } = price.structure;
  const warnings: Problem[] = [];
  if (pricingType !== "SEAT_BASED" && price.quantity !== undefined) {
    warnings.push({
      path: `${path}.quantity`,
      message: `ignored: a ${pricingType} price does not depend on a quantity`,
    });
  }
  if (price.rateOnly) {
    warnings.push({ path: `${path}.rateOnly`, message: "ignored: only usage prices can be quoted as a rate only" });
  }
  return warnings;
}

function seatWarnings(price: PricingPrice, path: string): Problem[] {
  const { structure } = price;
  if (structure.pricingType !== "SEAT_BASED") return [];
  const minimum = structure.contractedMinimumSeats;
  if (price.quantity === undefined) {
    return [
      { path: `${path}.quantity`, message: `no seat count: billed for the contracted minimum of ${minimum} seats` },
    ];
  }
  if (Number(price.quantity) < minimum) {
    return [{ path: `${path}.quantity`, message: `below the contracted minimum: billed for ${minimum} seats` }];
  }
  const overages = structure.overagesBillingFrequency;
  if (Number(price.quantity) > minimum && overages && overages !== "NONE" && overages !== price.billingFrequency) {
    return [
      {
        path: `${path}.structure.overagesBillingFrequency`,
        message: `the seats above the contracted minimum are estimated at the price's ${price.billingFrequency} frequency, not billed ${overages}`,
      },
    ];
  }
  return [];
}
