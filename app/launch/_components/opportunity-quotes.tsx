"use client";

import Link from "next/link";
import { displayDate } from "@/app/launch/_components/display-date";
import { displayMoney } from "@/app/launch/_components/display-money";
import { useQuotes } from "@/lib/api/quotes";
import type { QuoteStatus } from "@/lib/schemas/quote";

const statusLabels: Record<QuoteStatus, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
  READY_TO_SIGN: "Ready to sign",
  ACCEPTED: "Accepted",
  EXECUTED: "Executed",
};

/** The opportunity's quotes the rep may open, newest first. */
export function OpportunityQuotes({ opportunityId }: { opportunityId: string }) {
  const quotes = useQuotes({ salesforceOpportunityId: opportunityId, limit: "100" });
  if (quotes.isPending) {
    return (
      <p role="status" className="mt-3 text-slate-700">
        Loading the opportunity&apos;s quotes…
      </p>
    );
  }
  if (quotes.isError) {
    return (
      <div role="alert" className="mt-3 rounded border border-red-200 bg-red-50 p-3 text-red-900">
        The quotes could not be loaded: {quotes.error.message}{" "}
        <button type="button" className="font-medium underline" onClick={() => void quotes.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (quotes.data.items.length === 0) {
    return <p className="mt-3 text-slate-700">No quotes for this opportunity yet. Click New quote to start a draft.</p>;
  }
  return (
    <table className="mt-3 w-full bg-white text-left text-sm">
      <caption className="sr-only">Quotes for this opportunity</caption>
      <thead className="border-b border-slate-300 text-slate-600">
        <tr>
          <th scope="col" className="px-2 py-2 font-medium">
            Title
          </th>
          <th scope="col" className="px-2 py-2 font-medium">
            Number
          </th>
          <th scope="col" className="px-2 py-2 font-medium">
            Status
          </th>
          <th scope="col" className="px-2 py-2 text-right font-medium">
            Total
          </th>
          <th scope="col" className="px-2 py-2 font-medium">
            Updated
          </th>
        </tr>
      </thead>
      <tbody>
        {quotes.data.items.map((quote) => (
          <tr key={quote.id} className="border-b border-slate-100">
            <td className="px-2 py-2">
              <Link className="font-medium text-blue-800 underline" href={`/quotes/${quote.id}`}>
                {quote.title || "Untitled quote"}
              </Link>
            </td>
            <td className="px-2 py-2">{quote.quoteNumber ?? "Not published"}</td>
            <td className="px-2 py-2">{statusLabels[quote.status]}</td>
            <td className="px-2 py-2 text-right tabular-nums">
              {quote.totalContractValue ? displayMoney(quote.totalContractValue, quote.currency) : "—"}
            </td>
            <td className="px-2 py-2">{displayDate(quote.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
