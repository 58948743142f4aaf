"use client";

import { useRouter } from "next/navigation";
import { useQuote } from "@/lib/api/quotes";
import type { UserRole } from "@/lib/schemas/user";
import { QuoteLifecyclePanel } from "@/components/quote-lifecycle/quote-lifecycle-panel";

/** Loads the quote through the API and shows its lifecycle panel. */
export function QuoteLifecycleView({ id, viewerRole }: { id: string; viewerRole: UserRole }) {
  const quote = useQuote(id);
  const router = useRouter();
  if (quote.isPending) {
    return (
      <p role="status" className="text-slate-600">
        Loading the quote…
      </p>
    );
  }
  if (quote.isError) {
    return (
      <p role="alert" className="rounded border border-red-200 bg-red-50 p-4 text-red-900">
        The quote could not be loaded: {quote.error.message}
      </p>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">{quote.data.title ?? "Untitled quote"}</h1>
      <p className="mt-1 mb-6 text-slate-700">
        {quote.data.phases.length} phase{quote.data.phases.length === 1 ? "" : "s"},{" "}
        {quote.data.phases.reduce((count, phase) => count + phase.prices.length, 0)} prices
        {quote.data.currency ? ` in ${quote.data.currency}` : ""}.
      </p>
      <QuoteLifecyclePanel
        quote={quote.data}
        viewerRole={viewerRole}
        onDuplicated={(copy) => router.push(`/admin/quotes/${copy.id}`)}
      />
    </>
  );
}
