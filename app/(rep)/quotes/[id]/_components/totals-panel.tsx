"use client";

import { memo } from "react";
import { formatMoney } from "@/lib/money/format-money";
import { describeFieldPath } from "@/lib/quotes/describe-field-path";
import { InvoiceSchedule } from "./invoice-schedule";
import { PhaseTotals } from "./phase-totals";
import type { LivePricing } from "./use-live-pricing";

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The totals, straight from lib/pricing: per phase, the contract value, ARR and the invoices. While
 * the form cannot be priced (a field mid-edit, no start date yet) it keeps the last totals, marked
 * out of date, and says what they wait for.
 */
export const TotalsPanel = memo(function TotalsPanel({
  pricing,
  isUpdating,
}: {
  pricing: LivePricing;
  isUpdating: boolean;
}) {
  const { priced, problems } = pricing;
  const stale = problems.length > 0;
  // A warning about the quote as a whole ("the quote has no phases") has no line or phase to sit at.
  const quoteWarnings = priced?.warnings.filter((warning) => !warning.path.startsWith("phases[")) ?? [];
  const shownElsewhere = (priced?.warnings.length ?? 0) - quoteWarnings.length;
  return (
    <aside
      aria-labelledby="totals-heading"
      aria-busy={isUpdating}
      className="sticky top-16 max-h-[calc(100vh-5rem)] w-[22rem] shrink-0 overflow-y-auto rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="totals-heading" className="text-base font-semibold">
        Totals
      </h2>
      {stale ? (
        <div className="mt-2 rounded bg-amber-50 p-2 text-xs text-amber-900" role="status">
          <p className="font-medium">
            {priced ? "Out of date until the quote is complete:" : "Totals appear once the quote can be priced:"}
          </p>
          <ul className="mt-1 list-disc pl-4">
            {problems.slice(0, 5).map((problem) => (
              <li key={`${problem.path}${problem.message}`}>
                {problem.path ? `${describeFieldPath(problem.path)}: ` : ""}
                {problem.message}
              </li>
            ))}
            {problems.length > 5 ? <li>and {problems.length - 5} more</li> : null}
          </ul>
        </div>
      ) : null}
      {priced ? (
        // Out-of-date totals keep their colours (fading them would fail contrast); the notice above says so.
        <div className={stale ? "border-l-4 border-amber-300 pl-3" : undefined}>
          <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-3 gap-y-1">
            <dt className="text-sm text-slate-700">Total contract value</dt>
            <dd className="text-right text-lg font-semibold tabular-nums" data-total="tcv">
              {formatMoney(priced.totalContractValue, priced.currency)}
            </dd>
            <dt className="text-sm text-slate-700">ARR</dt>
            <dd className="text-right font-medium tabular-nums" data-total="arr">
              {formatMoney(priced.arr, priced.currency)}
            </dd>
          </dl>
          {priced.phases.map((phase) => (
            <PhaseTotals key={phase.phaseIndex} phase={phase} currency={priced.currency} />
          ))}
          <InvoiceSchedule invoices={priced.invoices} currency={priced.currency} />
          {quoteWarnings.length > 0 ? (
            <ul className="mt-3 space-y-0.5 text-xs text-amber-900">
              {quoteWarnings.map((warning) => (
                <li key={`${warning.path}${warning.message}`}>
                  <span aria-hidden="true">⚠ </span>
                  <span className="sr-only">Warning: </span>
                  {capitalize(warning.message)}
                </li>
              ))}
            </ul>
          ) : null}
          {shownElsewhere > 0 ? (
            <p className="mt-3 text-xs text-amber-900">
              {shownElsewhere} {shownElsewhere === 1 ? "warning is" : "warnings are"} shown at the lines and phases they
              concern.
            </p>
          ) : null}
        </div>
      ) : null}
    </aside>
  );
});
