import { eq } from "drizzle-orm";
import type { CurrencyCode } from "@/lib/money/currencies";
import { priceParsedQuote } from "@/lib/pricing/price-quote";
import type { Database } from "@/server/db/database";
import { customers } from "@/server/db/schema/customers";
import { quotes, quoteVersions } from "@/server/db/schema/quotes";
import { getEnv } from "@/server/env";
import { loadQuoteContent } from "@/server/quotes/load-quote-content";
import { toQuotePhaseBodies } from "@/server/quotes/to-quote-phase-bodies";
import type { QuoteSyncSnapshot } from "@/server/salesforce/quote-sync-snapshot";

/**
 * What the sync writes for a quote now: its lifecycle (one read of the quote row, which gives the
 * revision) and its newest published version, which never changes once published.
 */
export async function loadQuoteSyncSnapshot({
  db,
  quoteId,
}: {
  db: Database;
  quoteId: string;
}): Promise<{ kind: "ready"; snapshot: QuoteSyncSnapshot } | { kind: "not_published" } | { kind: "not_linked" }> {
  const [quote] = await db.select().from(quotes).where(eq(quotes.id, quoteId)).limit(1);
  if (!quote?.latestPublishedVersionId || !quote.quoteNumber) return { kind: "not_published" };
  const [version] = await db
    .select()
    .from(quoteVersions)
    .where(eq(quoteVersions.id, quote.latestPublishedVersionId))
    .limit(1);
  if (!version?.currency || !version.preliminaryBillingStartDate) {
    throw new Error(`published version ${quote.latestPublishedVersionId} lacks a currency or start date`);
  }
  const [customer] = version.customerId
    ? await db
        .select({ accountId: customers.salesforceAccountId })
        .from(customers)
        .where(eq(customers.id, version.customerId))
        .limit(1)
    : [];
  const accountId = customer?.accountId ?? null;
  if (!quote.salesforceOpportunityId && !accountId) return { kind: "not_linked" };
  const content = await loadQuoteContent({ db, versionId: version.id });
  const currency = version.currency as CurrencyCode;
  const priced = priceParsedQuote({
    currency,
    preliminaryBillingStartDate: version.preliminaryBillingStartDate,
    phases: toQuotePhaseBodies(content),
  });
  if (!priced.ok) {
    throw new Error(`published version ${version.id} no longer prices: ${JSON.stringify(priced.errors.slice(0, 3))}`);
  }
  return {
    kind: "ready",
    snapshot: {
      quoteId: quote.id,
      revision: quote.version,
      quoteNumber: quote.quoteNumber,
      title: version.title,
      status: quote.status,
      dealType: version.dealType,
      versionNumber: version.number,
      currency,
      publishedAt: version.publishedAt,
      expiresAt: quote.expiresAt,
      acceptedAt: quote.acceptedAt,
      executedAt: quote.executedAt,
      archivedAt: quote.archivedAt,
      opportunityId: quote.salesforceOpportunityId,
      accountId,
      content,
      priced: priced.result,
      quoteUrl: `${getEnv().appBaseUrl}/quotes/${quote.id}`,
    },
  };
}
