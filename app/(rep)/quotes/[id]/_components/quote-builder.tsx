"use client";

import { ApiRequestError } from "@/lib/api/api-request-error";
import { useQuote } from "@/lib/api/quotes";
import type { UserRole } from "@/lib/schemas/user";
import { QuoteEditor } from "./quote-editor";
import { QuoteLoadProblem } from "./quote-load-problem";

/**
 * The builder's client island. It loads the quote through the API (which accepts the session cookie,
 * or the `x-cpq-session` header where a Salesforce iframe blocks the cookie), so the page itself
 * needs no cookie; an API answer of 401 becomes a sign-in link.
 */
export function QuoteBuilder({ quoteId, viewerRole }: { quoteId: string; viewerRole?: UserRole }) {
  const quote = useQuote(quoteId, { refetchOnWindowFocus: false });
  if (quote.isPending) {
    return (
      <p role="status" className="p-6 text-slate-700">
        Opening the quote…
      </p>
    );
  }
  if (quote.isError) {
    const error = quote.error;
    return (
      <QuoteLoadProblem
        quoteId={quoteId}
        status={error instanceof ApiRequestError ? error.status : 0}
        message={error.message}
        onRetry={() => void quote.refetch()}
      />
    );
  }
  return <QuoteEditor key={quote.data.id} quote={quote.data} viewerRole={viewerRole} />;
}
