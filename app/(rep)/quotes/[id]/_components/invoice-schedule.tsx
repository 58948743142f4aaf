import { formatCalendarDate } from "@/lib/format/format-calendar-date";
import type { CurrencyCode } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format-money";
import type { InvoicePreview } from "@/lib/pricing/priced-quote";

/** The invoices the quote would produce, one per billing date; they add up to the contract value. */
export function InvoiceSchedule({ invoices, currency }: { invoices: InvoicePreview[]; currency: CurrencyCode }) {
  return (
    <details className="mt-4 border-t border-slate-200 pt-3">
      <summary className="cursor-pointer text-sm font-semibold">Invoice schedule ({invoices.length})</summary>
      {invoices.length === 0 ? (
        <p className="mt-1 text-xs text-slate-600">Nothing is invoiced yet.</p>
      ) : (
        <table className="mt-2 w-full text-xs">
          <caption className="sr-only">Invoice schedule</caption>
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="text-left font-medium">
                Date
              </th>
              <th scope="col" className="text-left font-medium">
                Period
              </th>
              <th scope="col" className="text-right font-medium">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {invoices.map((invoice) => (
              <tr key={invoice.date} className="border-t border-slate-100">
                <td className="py-0.5">{formatCalendarDate(invoice.date)}</td>
                <td className="py-0.5 text-slate-700">
                  {invoice.periodStart === invoice.periodEnd
                    ? formatCalendarDate(invoice.periodStart)
                    : `${formatCalendarDate(invoice.periodStart)} – ${formatCalendarDate(invoice.periodEnd)}`}
                </td>
                <td className="py-0.5 text-right tabular-nums">{formatMoney(invoice.amount, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
