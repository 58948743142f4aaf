import type { CurrencyCode } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format-money";
import { formatCalendarDate } from "@/lib/format/format-calendar-date";
import { BuyerPhase } from "@/app/q/[token]/_components/buyer-phase";
import { InvoiceSchedule } from "@/app/q/[token]/_components/invoice-schedule";
import type { BuyerQuote } from "@/server/quotes/get-buyer-quote";

const banners: Record<Exclude<BuyerQuote["state"], "open">, { tone: string; text: (q: BuyerQuote) => string }> = {
  expired: {
    tone: "border-amber-300 bg-amber-50 text-amber-950",
    text: (q) =>
      `This quote expired on ${q.quote.expiresAt ? formatCalendarDate(q.quote.expiresAt) : "its expiry date"}. Ask ${q.preparedBy?.name ?? "your contact"} for an updated quote.`,
  },
  withdrawn: {
    tone: "border-slate-300 bg-slate-100 text-slate-900",
    text: (q) => `This quote was withdrawn. Ask ${q.preparedBy?.name ?? "your contact"} for the current offer.`,
  },
  accepted: {
    tone: "border-green-300 bg-green-50 text-green-950",
    text: (q) =>
      `Accepted${q.quote.acceptedAt ? ` on ${formatCalendarDate(q.quote.acceptedAt.slice(0, 10))}` : ""}. Thank you!`,
  },
  executed: {
    tone: "border-green-300 bg-green-50 text-green-950",
    text: () => "Accepted, and billing has been set up. Thank you!",
  },
};

/** The quote as the customer receives it: read-only, every amount from the pricing engine, in the quote's currency. */
export function BuyerQuoteDocument({ buyerQuote }: { buyerQuote: BuyerQuote }) {
  const { quote, priced, customer, preparedBy, state } = buyerQuote;
  const currency = quote.currency as CurrencyCode;
  const money = (amount: string) => formatMoney(amount, currency, "en-US");
  const first = priced.phases[0];
  const last = priced.phases.at(-1);
  const banner = state === "open" ? undefined : banners[state];
  return (
    <main className="mx-auto max-w-4xl px-4 py-10 sm:px-8">
      <article className="rounded-lg border border-slate-200 bg-white shadow-sm" aria-labelledby="quote-title">
        <header className="border-b border-slate-200 px-6 py-8 sm:px-10">
          {quote.merchantBranding ? (
            <p className="mb-4 text-base font-semibold text-slate-900">{quote.merchantBranding.legalCompanyName}</p>
          ) : null}
          <p className="text-sm font-medium tracking-wide text-slate-600 uppercase">Quote {quote.quoteNumber}</p>
          <h1 id="quote-title" className="mt-1 text-3xl font-semibold text-slate-900">
            {quote.title}
          </h1>
          <dl className="mt-6 grid gap-x-8 gap-y-3 text-sm sm:grid-cols-3">
            {customer ? (
              <div>
                <dt className="text-slate-600">Prepared for</dt>
                <dd className="font-medium">{customer.legalName}</dd>
              </div>
            ) : null}
            {preparedBy ? (
              <div>
                <dt className="text-slate-600">Prepared by</dt>
                <dd className="font-medium">
                  {preparedBy.name}
                  {preparedBy.email ? (
                    <a
                      className="block font-normal break-all text-slate-700 underline"
                      href={`mailto:${preparedBy.email}`}
                    >
                      {preparedBy.email}
                    </a>
                  ) : null}
                </dd>
              </div>
            ) : null}
            {quote.publishedAt ? (
              <div>
                <dt className="text-slate-600">Issued</dt>
                <dd className="font-medium">{formatCalendarDate(quote.publishedAt.slice(0, 10))}</dd>
              </div>
            ) : null}
            {quote.expiresAt ? (
              <div>
                <dt className="text-slate-600">Valid until</dt>
                <dd className="font-medium">{formatCalendarDate(quote.expiresAt)}</dd>
              </div>
            ) : null}
            <div>
              <dt className="text-slate-600">Currency</dt>
              <dd className="font-medium">{currency}</dd>
            </div>
            {quote.dealType ? (
              <div>
                <dt className="text-slate-600">Deal</dt>
                <dd className="font-medium">{quote.dealType === "RENEWAL" ? "Renewal" : "New business"}</dd>
              </div>
            ) : null}
          </dl>
        </header>
        {banner ? (
          <p role="status" className={`mx-6 mt-6 rounded border px-4 py-3 sm:mx-10 ${banner.tone}`}>
            {banner.text(buyerQuote)}
          </p>
        ) : null}
        {state === "withdrawn" ? null : (
          <>
            <section aria-labelledby="summary-heading" className="px-6 pt-8 sm:px-10">
              <h2 id="summary-heading" className="sr-only">
                Summary
              </h2>
              <dl className="grid gap-4 sm:grid-cols-3">
                <div className="rounded-md bg-slate-50 p-4">
                  <dt className="text-sm text-slate-600">Total contract value</dt>
                  <dd className="mt-1 text-2xl font-semibold">{money(priced.totalContractValue)}</dd>
                </div>
                <div className="rounded-md bg-slate-50 p-4">
                  <dt className="text-sm text-slate-600">Annual recurring revenue</dt>
                  <dd className="mt-1 text-2xl font-semibold">{money(priced.arr)}</dd>
                </div>
                <div className="rounded-md bg-slate-50 p-4">
                  <dt className="text-sm text-slate-600">Term</dt>
                  <dd className="mt-1 font-medium">
                    {first && last
                      ? `${formatCalendarDate(first.startDate)} – ${last.openEnded ? "ongoing" : formatCalendarDate(last.endDate)}`
                      : "—"}
                  </dd>
                </div>
              </dl>
            </section>
            {quote.phases.map((phase, index) => {
              const pricedPhase = priced.phases[index];
              return pricedPhase ? (
                <BuyerPhase
                  key={phase.id}
                  phase={phase}
                  priced={pricedPhase}
                  number={index + 1}
                  count={quote.phases.length}
                  currency={currency}
                />
              ) : null;
            })}
            <InvoiceSchedule invoices={priced.invoices} currency={currency} total={priced.totalContractValue} />
          </>
        )}
        <footer className="border-t border-slate-200 px-6 py-6 text-sm text-slate-600 sm:px-10">
          Amounts exclude tax. Usage is estimated from the expected quantities shown and billed on actual use.
          {preparedBy ? (
            <>
              {" "}
              Questions?{" "}
              {preparedBy.email ? (
                <a className="underline" href={`mailto:${preparedBy.email}`}>
                  {preparedBy.name}
                </a>
              ) : (
                preparedBy.name
              )}{" "}
              is happy to help.
            </>
          ) : null}
        </footer>
      </article>
    </main>
  );
}
