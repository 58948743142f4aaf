import type { CurrencyCode } from "@/lib/money/currencies";
import { priceParsedQuote } from "@/lib/pricing/price-quote";
import type { UpdateQuoteBody } from "@/lib/schemas/quote";
import type { QuoteContent } from "@/server/quotes/quote-content";
import type { QuoteSyncSnapshot } from "@/server/salesforce/quote-sync-snapshot";

const at = new Date("2026-11-20T09:30:00.000Z");

/**
 * A sync snapshot built from a `PUT /api/quotes/{id}` body without a database, as the sync would
 * load it after publishing: for unit tests of the mapping from a published version to the graph.
 */
export function syncSnapshotFixture(
  body: UpdateQuoteBody,
  overrides: Partial<Omit<QuoteSyncSnapshot, "content" | "priced">> = {},
): QuoteSyncSnapshot {
  const versionId = "0190dae7-0000-7000-8000-000000000001";
  let row = 0;
  const rowId = () => `0190dae7-0000-7000-8000-${String(++row).padStart(12, "0")}`;
  const content: QuoteContent = {
    phases: body.phases.map((phase, position) => {
      const phaseId = rowId();
      return {
        id: phaseId,
        versionId,
        position,
        name: phase.name ?? null,
        duration: phase.duration ?? null,
        createdAt: at,
        prices: phase.prices.map((price, index) => ({
          id: rowId(),
          versionId,
          phaseId,
          position: index,
          priceKey: price.temporaryId,
          productId: price.productId,
          listPriceId: price.listPriceId ?? null,
          name: price.name,
          structure: price.structure,
          billingFrequency: price.billingFrequency,
          billingType: price.billingType,
          quantity: price.quantity ?? null,
          rateOnly: price.rateOnly ?? false,
          integrationIds: price.integrationIds,
          customMetricParameters: price.customMetricParameters,
          createdAt: at,
          updatedAt: at,
        })),
        discounts: phase.discounts.map((discount, index) => ({
          id: rowId(),
          versionId,
          phaseId,
          position: index,
          type: discount.type,
          amount: discount.amount,
          message: discount.message,
          restrictToPrices: discount.restrictToPrices,
          createdAt: at,
          updatedAt: at,
        })),
        minimums: phase.minimums.map((minimum, index) => ({
          id: rowId(),
          versionId,
          phaseId,
          position: index,
          amount: minimum.amount,
          restrictToPrices: minimum.restrictToPrices,
          createdAt: at,
          updatedAt: at,
        })),
      };
    }),
  };
  const currency = (body.currency ?? "USD") as CurrencyCode;
  const priced = priceParsedQuote({
    currency,
    preliminaryBillingStartDate: body.preliminaryBillingStartDate ?? "2027-01-01",
    phases: body.phases,
  });
  if (!priced.ok) throw new Error(`the fixture does not price: ${JSON.stringify(priced.errors)}`);
  return {
    quoteId: "0190dae7-aaaa-7bbb-8ccc-0123456789ab",
    revision: 3,
    quoteNumber: "Q00042",
    title: body.title ?? null,
    status: "PUBLISHED",
    dealType: body.dealType ?? null,
    versionNumber: 2,
    currency,
    publishedAt: at,
    expiresAt: "2026-12-20",
    acceptedAt: null,
    executedAt: null,
    archivedAt: null,
    opportunityId: "006Lo000000000pIAA",
    accountId: null,
    content,
    priced: priced.result,
    quoteUrl: "http://cpq.test/quotes/0190dae7-aaaa-7bbb-8ccc-0123456789ab",
    ...overrides,
  };
}
