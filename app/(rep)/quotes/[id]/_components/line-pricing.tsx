"use client";

import { formatMoney } from "@/lib/money/format-money";
import { usePricing } from "./pricing-context";

/** A line's total before discounts, from the latest pricing. */
export function LineTotal({ temporaryId }: { temporaryId: string }) {
  const pricing = usePricing();
  const line = pricing?.index?.lines.get(temporaryId);
  return (
    <p className="text-right tabular-nums" data-line-total={temporaryId}>
      {line && pricing?.currency ? formatMoney(line.total, pricing.currency) : "—"}
    </p>
  );
}

/** What the pricing says about a line (no seat count, a rate only, …), at the line. */
export function LineWarnings({ temporaryId }: { temporaryId: string }) {
  const warnings = usePricing()?.index?.lines.get(temporaryId)?.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-xs text-amber-900">
      {warnings.map((warning) => (
        <li key={`${warning.path}${warning.message}`}>
          <span aria-hidden="true">⚠ </span>
          <span className="sr-only">Warning: </span>
          {warning.message}
        </li>
      ))}
    </ul>
  );
}
