import type { Quote, UpdateQuoteBody } from "@/lib/schemas/quote";

/**
 * A quote as read from `GET /api/quotes/{id}`, written back in the `PUT` shape: a price's `id` is the
 * `temporaryId` it was saved with, a discount's `discountCalculationType` is its `type`, and what the
 * server assigns (ids, timestamps, status, recipients' names) is left out. Saving the result changes
 * nothing; `npm run price` prices it.
 */
export function quoteToUpdateBody(quote: Quote): UpdateQuoteBody {
  const optional = <K extends keyof UpdateQuoteBody>(key: K, value: UpdateQuoteBody[K] | undefined) =>
    (value === undefined ? {} : { [key]: value }) as Partial<Pick<UpdateQuoteBody, K>>;
  return {
    ...optional("customerId", quote.customerId),
    ...optional("title", quote.title),
    ...optional("currency", quote.currency),
    ...optional("dealType", quote.dealType),
    ...optional("preliminaryBillingStartDate", quote.preliminaryBillingStartDate),
    ...optional("expiryDays", quote.expiryDays),
    ...optional("salesforceOpportunityId", quote.salesforceOpportunityId),
    presentation: quote.presentation,
    contactIds: quote.contactIds,
    version: quote.version,
    phases: quote.phases.map((phase) => ({
      ...(phase.name === undefined ? {} : { name: phase.name }),
      // Open-ended: null, as Sequence asks in requests (responses leave the duration out).
      duration: phase.duration ?? null,
      prices: phase.prices.map(({ id, createdAt: _created, updatedAt: _updated, ...price }) => ({
        temporaryId: id,
        ...price,
      })),
      discounts: phase.discounts.map((discount) => ({
        type: discount.discountCalculationType,
        amount: discount.amount,
        restrictToPrices: discount.restrictToPrices,
        message: discount.message,
      })),
      minimums: phase.minimums.map((minimum) => ({
        amount: minimum.amount,
        restrictToPrices: minimum.restrictToPrices,
      })),
    })),
  };
}
