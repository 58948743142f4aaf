import type { CurrencyCode } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format-money";
import { formatCalendarDate } from "@/lib/format/format-calendar-date";
import type { InvoicePreview } from "@/lib/pricing/priced-quote";

/** When the customer will be invoiced, and how much: the invoices add up to the total contract value. */
export function InvoiceSchedule({
  invoices,
  currency,
  total,
}: {
  invoices: InvoicePreview[];
  currency: CurrencyCode;
  total: string;
}) {
  const money = (amount: string) => formatMoney(amount, currency, "en-US");
  return (
    <section aria-labelledby="invoices-heading" className="px-6 py-10 sm:px-10">
      <h2 id="invoices-heading" className="text-xl font-semibold">
        Invoice schedule
      </h2>
      {invoices.length === 0 ? (
        <p className="mt-2 text-slate-700">Nothing is invoiced on the estimates above.</p>
      ) : (
        <div className="mt-4">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Expected invoices, by date</caption>
            <thead className="border-b border-slate-300 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Invoice date
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  For the period
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody>
              {invoices.map((invoice) => (
                <tr key={invoice.date} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {formatCalendarDate(invoice.date)}
                  </th>
                  <td className="py-2 pr-4 text-slate-700">
                    {invoice.periodStart === invoice.periodEnd
                      ? formatCalendarDate(invoice.periodStart)
                      : `${formatCalendarDate(invoice.periodStart)} – ${formatCalendarDate(invoice.periodEnd)}`}
                  </td>
                  <td className="py-2 text-right tabular-nums">{money(invoice.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t border-slate-300">
                <th scope="row" colSpan={2} className="py-3 text-left font-semibold">
                  Total
                </th>
                <td className="py-3 text-right font-semibold tabular-nums">{money(total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
