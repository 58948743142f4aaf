import type { CurrencyCode } from "@/lib/money/currencies";
import type { IntegrationId } from "@/lib/schemas/primitives";
import type { MerchantBranding, Quote } from "@/lib/schemas/quote";
import type { SalesforceSyncError } from "@/lib/schemas/salesforce-integration";
import type { quotes, quoteVersions } from "@/server/db/schema/quotes";
import type { QuoteContent } from "@/server/quotes/quote-content";

type Recipient = { contactId: string; name: string; email: string };

const iso = (date: Date | null) => (date ? { value: date.toISOString() } : undefined);

/** The API shape (Sequence 2024-05-09 `Quote`) of a quote shown at one of its versions. */
export function toQuote({
  quote,
  version,
  content,
  recipients,
  integrationIds,
  salesforceSyncError,
  buyerUrl,
  merchantBranding,
  today,
}: {
  quote: typeof quotes.$inferSelect;
  version: typeof quoteVersions.$inferSelect;
  content: QuoteContent;
  recipients: Recipient[];
  integrationIds: IntegrationId[];
  salesforceSyncError?: SalesforceSyncError | undefined;
  buyerUrl?: string | undefined;
  merchantBranding?: MerchantBranding | undefined;
  /** YYYY-MM-DD, to tell whether a published quote has expired. */
  today: string;
}): Quote {
  const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
    (value === null || value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
  return {
    id: quote.id,
    createdBy: quote.createdByUserId ?? quote.createdByApiKeyId ?? "system",
    ...optional("customerId", version.customerId),
    ...optional("quoteNumber", quote.quoteNumber),
    ...optional("title", version.title),
    ...optional("currency", version.currency as CurrencyCode | null),
    presentation: version.presentation,
    status: quote.status,
    ...optional("dealType", version.dealType),
    ...optional("preliminaryBillingStartDate", version.preliminaryBillingStartDate),
    ...optional("expiresAt", quote.expiresAt),
    ...optional("publishedAt", iso(quote.publishedAt)?.value),
    ...optional("acceptedAt", iso(quote.acceptedAt)?.value),
    ...optional("executedAt", iso(quote.executedAt)?.value),
    createdAt: quote.createdAt.toISOString(),
    updatedAt: quote.updatedAt.toISOString(),
    ...optional("expiryDays", version.expiryDays),
    ...optional("createdFrom", quote.createdFrom),
    ...optional("merchantBranding", merchantBranding),
    phases: content.phases.map((phase) => ({
      id: phase.id,
      createdAt: phase.createdAt.toISOString(),
      ...optional("name", phase.name),
      ...optional("duration", phase.duration),
      prices: phase.prices.map((price) => ({
        id: price.priceKey,
        productId: price.productId ?? "",
        name: price.name,
        structure: price.structure,
        billingFrequency: price.billingFrequency,
        billingType: price.billingType,
        ...optional("quantity", price.quantity),
        ...(price.rateOnly ? { rateOnly: true } : {}),
        integrationIds: price.integrationIds,
        customMetricParameters: price.customMetricParameters,
        ...optional("listPriceId", price.listPriceId),
        createdAt: price.createdAt.toISOString(),
        updatedAt: price.updatedAt.toISOString(),
      })),
      discounts: phase.discounts.map((discount) => ({
        id: discount.id,
        restrictToPrices: discount.restrictToPrices,
        amount: discount.amount,
        discountCalculationType: discount.type,
        message: discount.message,
        createdAt: discount.createdAt.toISOString(),
        updatedAt: discount.updatedAt.toISOString(),
      })),
      minimums: phase.minimums.map((minimum) => ({
        id: minimum.id,
        amount: minimum.amount,
        restrictToPrices: minimum.restrictToPrices,
        createdAt: minimum.createdAt.toISOString(),
        updatedAt: minimum.updatedAt.toISOString(),
      })),
    })),
    ...optional("archivedAt", iso(quote.archivedAt)?.value),
    contactIds: version.contactIds,
    contacts: recipients.filter((recipient) => version.contactIds.includes(recipient.contactId)),
    isSignaturesEnabled: false,
    ...optional("billingScheduleId", quote.billingScheduleId),
    isExpired: quote.status === "PUBLISHED" && quote.expiresAt !== null && quote.expiresAt < today,
    version: quote.version,
    ...optional("salesforceOpportunityId", quote.salesforceOpportunityId),
    integrationIds,
    ...optional("salesforceSyncError", salesforceSyncError),
    ...optional("buyerUrl", buyerUrl),
    hasUnpublishedChanges:
      quote.latestPublishedVersionId !== null && quote.currentVersionId !== quote.latestPublishedVersionId,
  };
}
