import type { CurrencyCode } from "@/lib/money/currencies";
import type { PricedQuote } from "@/lib/pricing/priced-quote";
import type { QuoteStatus } from "@/lib/schemas/quote";
import type { QuoteContent } from "@/server/quotes/quote-content";

/**
 * Everything the sync writes about one quote, read at one moment: the lifecycle from the quote row
 * (at `revision`, the quote's optimistic-concurrency version) and the content of its newest published
 * version, priced by the pricing engine.
 */
export type QuoteSyncSnapshot = {
  quoteId: string;
  revision: number;
  quoteNumber: string;
  title: string | null;
  status: QuoteStatus;
  dealType: "NEW_BUSINESS" | "RENEWAL" | null;
  /** The published version's number (1, 2, …). */
  versionNumber: number;
  currency: CurrencyCode;
  publishedAt: Date | null;
  /** YYYY-MM-DD: the last day the customer may accept. */
  expiresAt: string | null;
  acceptedAt: Date | null;
  executedAt: Date | null;
  archivedAt: Date | null;
  opportunityId: string | null;
  /** The customer's linked account, when we hold it; otherwise it is read from the opportunity. */
  accountId: string | null;
  content: QuoteContent;
  priced: PricedQuote;
  quoteUrl: string;
};
