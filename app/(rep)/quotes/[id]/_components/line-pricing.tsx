"use client";

import { useMemo } from "react";
import { formatMoney } from "@/lib/money/format-money";
import { useLinePricing } from "./pricing-context";

/** A line's total before discounts, from the latest pricing. */
export function LineTotal({ temporaryId }: { temporaryId: string }) {
  const { line, currency } = useLinePricing(temporaryId);
  const total = line?.total;
  const text = useMemo(() => (total && currency ? formatMoney(total, currency) : "—"), [total, currency]);
  return (
    <p className="text-right tabular-nums" data-line-total={temporaryId}>
      {text}
    </p>
  );
}

/** What the pricing says about a line (no seat count, a rate only, …), at the line. */
export function LineWarnings({ temporaryId }: { temporaryId: string }) {
  const warnings = useLinePricing(temporaryId).line?.warnings ?? [];
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
