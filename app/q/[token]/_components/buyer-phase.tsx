import { describeDuration } from "@/lib/format/describe-duration";
import type { CurrencyCode } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format-money";
import { describePrice } from "@/lib/format/describe-price";
import { formatCalendarDate } from "@/lib/format/format-calendar-date";
import type { PricedPhase } from "@/lib/pricing/priced-quote";
import { isUsageStructure } from "@/lib/schemas/price-structure";
import type { Quote } from "@/lib/schemas/quote";
import { perBillingPeriod } from "@/lib/format/per-billing-period";

type Phase = Quote["phases"][number];

const quantityFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

/** One phase of the buyer's quote: its dates, what is billed (described for people), discounts, minimums, total. */
export function BuyerPhase({
  phase,
  priced,
  number,
  count,
  currency,
}: {
  phase: Phase;
  priced: PricedPhase;
  number: number;
  count: number;
  currency: CurrencyCode;
}) {
  const money = (amount: string) => formatMoney(amount, currency, "en-US");
  const headingId = `phase-${number}`;
  const title = count > 1 ? `Phase ${number}${phase.name ? `: ${phase.name}` : ""}` : (phase.name ?? "What's included");
  const priceNames = (ids: string[]) =>
    ids.length === 0 ? undefined : phase.prices.filter((price) => ids.includes(price.id)).map((price) => price.name);
  return (
    <section aria-labelledby={headingId} className="px-6 pt-10 sm:px-10">
      <h2 id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {formatCalendarDate(priced.startDate)} – {priced.openEnded ? "ongoing" : formatCalendarDate(priced.endDate)} (
        {describeDuration(phase.duration)}
        {priced.openEnded ? "; amounts cover the first 12 months" : ""})
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Prices in {title}</caption>
          <thead className="border-b border-slate-300 text-slate-600">
            <tr>
              <th scope="col" className="min-w-[9rem] py-2 pr-4 font-medium">
                Item
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Pricing
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Quantity
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {phase.prices.map((price, index) => {
              const line = priced.lines[index];
              const description = describePrice({ ...price, currency }, "en-US");
              const rateOnly = isUsageStructure(price.structure) && (price.rateOnly || line?.quantity === null);
              return (
                <tr key={`${price.id}-${index}`} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-3 pr-4 font-medium">
                    {price.name}
                  </th>
                  <td className="py-3 pr-4">
                    <p>{description.summary}</p>
                    {description.tiers.length > 0 ? (
                      <ul className="mt-1 text-slate-600">
                        {description.tiers.map((tier) => (
                          <li key={tier.range}>
                            {tier.range}: {tier.rate}
                            {tier.fee ? ` + ${tier.fee}` : ""}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <p className="text-slate-600">{description.billing}</p>
                  </td>
                  <td className="py-3 pr-4">
                    {rateOnly
                      ? "Billed on actual usage"
                      : line?.quantity
                        ? `${quantityFormat.format(line.quantity as Intl.StringNumericLiteral)}${isUsageStructure(price.structure) ? ` expected ${perBillingPeriod[price.billingFrequency]}` : ""}`
                        : "—"}
                  </td>
                  <td className="py-3 text-right tabular-nums">{rateOnly ? "—" : money(line?.total ?? "0")}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            {phase.discounts.map((discount, index) => {
              const names = priceNames(discount.restrictToPrices);
              const label =
                discount.message ||
                (discount.discountCalculationType === "PERCENTAGE"
                  ? `${discount.amount} % discount`
                  : `${money(discount.amount)} off per billing period`);
              return (
                <tr key={discount.id}>
                  <th scope="row" colSpan={3} className="py-2 pr-4 text-left font-normal">
                    {label}
                    {names ? <span className="text-slate-600"> (on {names.join(", ")})</span> : null}
                  </th>
                  <td className="py-2 text-right text-green-800 tabular-nums">
                    −{money(priced.discounts[index]?.total ?? "0")}
                  </td>
                </tr>
              );
            })}
            {phase.minimums.map((minimum, index) => {
              const names = priceNames(minimum.restrictToPrices);
              return (
                <tr key={minimum.id}>
                  <th scope="row" colSpan={3} className="py-2 pr-4 text-left font-normal">
                    Minimum commitment of {money(minimum.amount)} per billing period
                    {names ? <span className="text-slate-600"> (on {names.join(", ")})</span> : null}; true-up
                  </th>
                  <td className="py-2 text-right tabular-nums">{money(priced.minimums[index]?.trueUpTotal ?? "0")}</td>
                </tr>
              );
            })}
            <tr className="border-t border-slate-300">
              <th scope="row" colSpan={3} className="py-3 pr-4 text-left font-semibold">
                Total for {count > 1 ? `phase ${number}` : "this period"}
              </th>
              <td className="py-3 text-right font-semibold tabular-nums">{money(priced.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
