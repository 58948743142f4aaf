import type { QuotePhaseBody } from "@/lib/schemas/quote";
import type { QuoteContent } from "@/server/quotes/quote-content";

/** A version's stored phases as the `PUT /api/quotes/{id}` body would give them: to copy a version's content. */
export function toQuotePhaseBodies(content: QuoteContent): QuotePhaseBody[] {
  return content.phases.map((phase) => ({
    ...(phase.name !== null ? { name: phase.name } : {}),
    duration: phase.duration,
    prices: phase.prices.map((price) => ({
      temporaryId: price.priceKey,
      productId: price.productId ?? "",
      name: price.name,
      structure: price.structure,
      billingFrequency: price.billingFrequency,
      billingType: price.billingType,
      ...(price.quantity !== null ? { quantity: price.quantity } : {}),
      ...(price.rateOnly ? { rateOnly: true } : {}),
      integrationIds: price.integrationIds,
      customMetricParameters: price.customMetricParameters,
      ...(price.listPriceId !== null ? { listPriceId: price.listPriceId } : {}),
    })),
    discounts: phase.discounts.map((discount) => ({
      restrictToPrices: discount.restrictToPrices,
      type: discount.type,
      amount: discount.amount,
      message: discount.message,
    })),
    minimums: phase.minimums.map((minimum) => ({ restrictToPrices: minimum.restrictToPrices, amount: minimum.amount })),
  }));
}
