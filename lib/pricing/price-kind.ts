import { isUsageStructure } from "@/lib/schemas/price-structure";
import type { PricingPrice } from "@/lib/schemas/quote-pricing";

type PriceShape = Pick<PricingPrice, "structure" | "billingFrequency" | "billingType">;

/** One-off prices (design detail 11) are charged once: they have no run rate and no per-period minimum. */
export function isOneOff(price: Pick<PriceShape, "structure" | "billingFrequency">): boolean {
  return price.structure.pricingType === "ONE_TIME" || price.billingFrequency === "ONE_TIME";
}

/** Usage is measured over a period before it can be billed, so it is billed in arrears whatever the price says. */
export function isBilledInAdvance(price: PriceShape): boolean {
  return price.billingType === "IN_ADVANCE" && !isUsageStructure(price.structure);
}
