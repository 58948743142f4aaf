import type { Quote } from "@/lib/schemas/quote";
import type { PricingPhase, PricingQuote } from "@/lib/schemas/quote-pricing";

/**
 * The pricing engine's input for a quote as the API returns it (prices are named by `id`, which is
 * the client's temporaryId; discounts by `discountCalculationType`). Undefined until the quote has a
 * currency, which nothing can be priced without.
 */
export function toPricingQuote(
  quote: Pick<Quote, "currency" | "preliminaryBillingStartDate" | "phases">,
): PricingQuote | undefined {
  if (!quote.currency) return undefined;
  const phases: PricingPhase[] = quote.phases.map((phase) => ({
    ...(phase.name !== undefined ? { name: phase.name } : {}),
    duration: phase.duration,
    prices: phase.prices.map((price) => ({
      temporaryId: price.id,
      name: price.name,
      structure: price.structure,
      billingFrequency: price.billingFrequency,
      billingType: price.billingType,
      ...(price.quantity !== undefined ? { quantity: price.quantity } : {}),
      ...(price.rateOnly !== undefined ? { rateOnly: price.rateOnly } : {}),
    })),
    discounts: phase.discounts.map((discount) => ({
      restrictToPrices: discount.restrictToPrices,
      type: discount.discountCalculationType,
      amount: discount.amount,
    })),
    minimums: phase.minimums.map((minimum) => ({ restrictToPrices: minimum.restrictToPrices, amount: minimum.amount })),
  }));
  return {
    currency: quote.currency,
    ...(quote.preliminaryBillingStartDate ? { preliminaryBillingStartDate: quote.preliminaryBillingStartDate } : {}),
    phases,
  };
}
