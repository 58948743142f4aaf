import Link from "next/link";
import { QuoteStatusBadge } from "@/components/quote-status-badge";
import { formatMoney } from "@/lib/money/format-money";
import type { QuoteListItem } from "@/lib/schemas/quote";

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

export function QuoteListTable({
  items,
  customerNames,
}: {
  items: QuoteListItem[];
  customerNames: ReadonlyMap<string, string>;
}) {
  const cell = "px-3 py-2";
  return (
    <table className="mt-6 w-full rounded-lg bg-white text-left text-sm">
      <caption className="sr-only">Quotes, most recent first (a rep sees their own)</caption>
      <thead className="border-b border-slate-300 text-slate-600">
        <tr>
          {["Quote", "Status", "Customer", "Opportunity", "Total", "Last changed"].map((label) => (
            <th key={label} scope="col" className={`${cell} font-medium ${label === "Total" ? "text-right" : ""}`}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((quote) => (
          <tr key={quote.id} className="border-b border-slate-100">
            <td className={cell}>
              <Link href={`/quotes/${quote.id}`} className="font-medium text-blue-800 hover:underline">
                {quote.title || "Untitled quote"}
              </Link>
              {quote.quoteNumber ? <span className="ml-2 text-slate-600">{quote.quoteNumber}</span> : null}
            </td>
            <td className={cell}>
              <QuoteStatusBadge quote={quote} />
            </td>
            <td className={cell}>
              {quote.customerId ? (
                (customerNames.get(quote.customerId) ?? "…")
              ) : (
                <span className="text-slate-600">None yet</span>
              )}
            </td>
            <td className={`${cell} font-mono text-xs`}>
              {/* The quote keeps only the opportunity's id; its launch view reads the name and the account. */}
              {quote.salesforceOpportunityId ? (
                <Link
                  href={`/launch?opportunityId=${quote.salesforceOpportunityId}`}
                  className="text-blue-800 hover:underline"
                  title="Open the opportunity and its quotes"
                >
                  {quote.salesforceOpportunityId}
                </Link>
              ) : (
                "—"
              )}
            </td>
            <td className={`${cell} text-right tabular-nums`}>
              {quote.totalContractValue && quote.currency ? formatMoney(quote.totalContractValue, quote.currency) : "—"}
            </td>
            <td className={cell}>{when(quote.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
