import { formatCalendarDate } from "@/lib/format/format-calendar-date";
import type { CurrencyCode } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format-money";
import type { PricedPhase } from "@/lib/pricing/priced-quote";

/** One phase's dates and totals, as priced. */
export function PhaseTotals({ phase, currency }: { phase: PricedPhase; currency: CurrencyCode }) {
  const money = (amount: string) => formatMoney(amount, currency);
  const title = `Phase ${phase.phaseIndex + 1}${phase.name ? `: ${phase.name}` : ""}`;
  const rows: [string, string, string][] = [
    ["Subtotal", money(phase.subtotal), "subtotal"],
    ["Discounts", /^0(\.0+)?$/.test(phase.discountTotal) ? money("0") : `−${money(phase.discountTotal)}`, "discounts"],
    ["Minimum true-up", money(phase.minimumTrueUp), "true-up"],
    ["Total", money(phase.total), "total"],
    ["ARR", money(phase.arr), "arr"],
  ];
  return (
    <section aria-label={`Totals of ${title}`} className="mt-4 border-t border-slate-200 pt-3">
      <h3 className="text-sm font-semibold">{title}</h3>
      <p className="text-xs text-slate-600">
        {formatCalendarDate(phase.startDate)} – {formatCalendarDate(phase.endDate)}
        {phase.openEnded ? " (first 12 months of an open-ended phase)" : ""}
      </p>
      <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-3 text-sm">
        {rows.map(([label, value, key]) => (
          <div key={key} className="contents">
            <dt className={key === "total" ? "font-medium" : "text-slate-700"}>{label}</dt>
            <dd className={`text-right tabular-nums ${key === "total" ? "font-medium" : ""}`} data-phase-total={key}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
