import type { EpochDay } from "@/lib/dates/epoch-day";
import type { BillingGrid } from "@/lib/pricing/billing-grid";
import type { PhaseWork } from "@/lib/pricing/price-phase";

export type InvoiceWork = { date: EpochDay; from: EpochDay; to: EpochDay; amount: number };

/**
 * One invoice per billing date with everything billed that day after discounts, true-ups included,
 * so the invoices add up to the total contract value (design detail 3). Its period runs from the
 * earliest to the latest period it bills; a period billing nothing is left out, and a date that
 * bills nothing gets no invoice (design detail 11).
 */
export function invoiceSchedule(phases: readonly PhaseWork[]): InvoiceWork[] {
  const byDate = new Map<EpochDay, InvoiceWork>();
  const bill = (date: EpochDay, from: EpochDay, to: EpochDay, amount: number) => {
    if (amount === 0) return;
    const invoice = byDate.get(date);
    if (!invoice) byDate.set(date, { date, from, to, amount });
    else {
      invoice.amount += amount;
      invoice.from = Math.min(invoice.from, from);
      invoice.to = Math.max(invoice.to, to);
    }
  };
  for (const phase of phases) {
    // Lines on one grid are billed on the same days: sum them per period first, then bill once.
    const sums = new Map<BillingGrid, { onStart: number[]; onEnd: number[] }>();
    for (const line of phase.lines) {
      let sum = sums.get(line.grid);
      if (!sum) {
        const periods = line.grid.starts.length;
        sum = { onStart: new Array<number>(periods).fill(0), onEnd: new Array<number>(periods).fill(0) };
        sums.set(line.grid, sum);
      }
      const target = line.billedOnStart ? sum.onStart : sum.onEnd;
      line.net.forEach((amount, p) => (target[p] = (target[p] ?? 0) + amount));
    }
    for (const [grid, sum] of sums) {
      grid.starts.forEach((from, p) => {
        const to = grid.ends[p] ?? from;
        bill(from, from, to, sum.onStart[p] ?? 0);
        bill(to, from, to, sum.onEnd[p] ?? 0);
      });
    }
    for (const work of phase.trueUps) {
      if (!work) continue;
      work.grid.starts.forEach((from, p) => {
        const to = work.grid.ends[p] ?? from;
        bill(to, from, to, work.trueUps[p] ?? 0);
      });
    }
  }
  return [...byDate.values()].sort((a, b) => a.date - b.date);
}
