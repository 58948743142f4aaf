"use client";

import type { Quote } from "@/lib/schemas/quote";
import type { UserRole } from "@/lib/schemas/user";
import { BuyerLink } from "@/components/quote-lifecycle/buyer-link";
import { PublishQuoteButton } from "@/components/quote-lifecycle/publish-quote-button";
import { QuoteLifecycleActions } from "@/components/quote-lifecycle/quote-lifecycle-actions";
import { QuoteStatusBadge } from "@/components/quote-status-badge";
import { QuoteSyncStatus } from "@/components/quote-lifecycle/quote-sync-status";

/**
 * Everything about where a quote is in its life, for the quote page: status, publish, the customer
 * link, its state in Salesforce (with retry for admins) and the other lifecycle actions.
 */
export function QuoteLifecyclePanel({
  quote,
  viewerRole,
  onShowField,
  onDuplicated,
}: {
  quote: Quote;
  viewerRole: UserRole;
  onShowField?: (path: string) => void;
  onDuplicated?: (quote: Quote) => void;
}) {
  return (
    <section aria-label="Publishing and status" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <QuoteStatusBadge quote={quote} />
          {quote.quoteNumber ? <span className="font-mono text-sm text-slate-700">{quote.quoteNumber}</span> : null}
        </div>
        <PublishQuoteButton quote={quote} {...(onShowField ? { onShowField } : {})} />
      </div>
      <BuyerLink quote={quote} />
      <QuoteSyncStatus quote={quote} canRetry={viewerRole === "admin"} />
      <QuoteLifecycleActions quote={quote} {...(onDuplicated ? { onDuplicated } : {})} />
    </section>
  );
}
