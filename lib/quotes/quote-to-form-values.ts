import type { DurationFormValues, QuoteFormValues } from "@/lib/quotes/quote-form-values";
import { structureToForm } from "@/lib/quotes/structure-form-values";
import type { Quote } from "@/lib/schemas/quote";
import type { Duration } from "@/lib/schemas/quote-pricing";

const part = (value: number) => (value === 0 ? "" : String(value));

function durationToForm(duration: Duration | undefined): DurationFormValues {
  if (!duration) return { years: "", months: "", weeks: "", days: "" };
  return {
    years: part(duration.years),
    months: part(duration.months),
    weeks: part(duration.weeks),
    days: part(duration.days),
  };
}

/** A quote from `GET /api/quotes/{id}` as the builder's form values. */
export function quoteToFormValues(quote: Quote): QuoteFormValues {
  return {
    title: quote.title ?? "",
    customerId: quote.customerId ?? "",
    currency: quote.currency ?? "",
    dealType: quote.dealType ?? "",
    preliminaryBillingStartDate: quote.preliminaryBillingStartDate ?? "",
    expiryDays: quote.expiryDays === undefined ? "" : String(quote.expiryDays),
    contactIds: [...quote.contactIds],
    phases: quote.phases.map((phase) => ({
      name: phase.name ?? "",
      openEnded: phase.duration === undefined,
      duration: durationToForm(phase.duration),
      prices: phase.prices.map((price) => ({
        temporaryId: price.id,
        productId: price.productId,
        name: price.name,
        ...(price.listPriceId === undefined ? {} : { listPriceId: price.listPriceId }),
        structure: structureToForm(price.structure),
        billingFrequency: price.billingFrequency,
        billingType: price.billingType,
        quantity: price.quantity ?? "",
        rateOnly: price.rateOnly ?? false,
        integrationIds: price.integrationIds,
        customMetricParameters: price.customMetricParameters,
      })),
      discounts: phase.discounts.map((discount) => ({
        type: discount.discountCalculationType,
        amount: discount.amount,
        restrictToPrices: [...discount.restrictToPrices],
        message: discount.message,
      })),
      minimums: phase.minimums.map((minimum) => ({
        amount: minimum.amount,
        restrictToPrices: [...minimum.restrictToPrices],
      })),
    })),
  };
}
