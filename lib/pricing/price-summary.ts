import type { PricedQuote } from "@/lib/pricing/priced-quote";

/**
 * The projection of a priced quote that `npm run price` prints and other tools consume. Its keys
 * are a contract (issue 3): add to `PricedQuote`, not here. Line and period amounts are before
 * discounts; warnings read "path: message".
 */
export function toPriceSummary(quote: PricedQuote) {
  return {
    currency: quote.currency,
    phases: quote.phases.map((phase) => ({
      startDate: phase.startDate,
      endDate: phase.endDate,
      subtotal: phase.subtotal,
      discountTotal: phase.discountTotal,
      minimumTrueUp: phase.minimumTrueUp,
      total: phase.total,
      arr: phase.arr,
      lines: phase.lines.map((line) => ({
        priceId: line.priceId,
        name: line.name,
        total: line.total,
        periods: line.periods.map(({ start, end, amount }) => ({ start, end, amount })),
      })),
    })),
    invoices: quote.invoices.map(({ date, periodStart, periodEnd, amount }) => ({
      date,
      periodStart,
      periodEnd,
      amount,
    })),
    totalContractValue: quote.totalContractValue,
    warnings: quote.warnings.map(({ path, message }) => `${path}: ${message}`),
  };
}

export type PriceSummary = ReturnType<typeof toPriceSummary>;
