import type { PricedQuote } from "@/lib/pricing/priced-quote";
import type { Problem } from "@/lib/schemas/problems";

export type LinePricing = {
  /** Before discounts, over the phase. */
  total: string;
  /** Units priced each period (expected usage or seats billed), when the line has any. */
  quantity: string | null;
  warnings: Problem[];
};

export type PricedQuoteIndex = {
  /** By the line's `temporaryId`. */
  lines: ReadonlyMap<string, LinePricing>;
  /** Warnings about a phase, a discount or a minimum, by its path (`phases[0]`, `phases[0].discounts[1]`). */
  warningsAt: ReadonlyMap<string, Problem[]>;
  /** Warnings about the quote as a whole. */
  quoteWarnings: Problem[];
};

const OWNER = /^phases\[(\d+)\](?:\.(prices|discounts|minimums)\[(\d+)\])?/;

/**
 * The priced quote rearranged for the builder's rows: each line's total and warnings under its
 * `temporaryId` (so a row finds its own without scanning the quote), other warnings under the path
 * of what they concern. `phases` are the form phases that were priced, in the same order.
 */
export function indexPricedQuote(
  priced: PricedQuote,
  phases: readonly { prices: readonly { temporaryId: string }[] }[],
): PricedQuoteIndex {
  const lines = new Map<string, LinePricing>();
  for (const phase of priced.phases) {
    for (const line of phase.lines) {
      const id = phases[phase.phaseIndex]?.prices[line.priceIndex]?.temporaryId ?? line.priceId;
      lines.set(id, { total: line.total, quantity: line.quantity, warnings: [] });
    }
  }
  const warningsAt = new Map<string, Problem[]>();
  const quoteWarnings: Problem[] = [];
  for (const warning of priced.warnings) {
    const match = OWNER.exec(warning.path);
    if (!match) {
      quoteWarnings.push(warning);
      continue;
    }
    const [owner, phaseIndex, collection, index] = match;
    const lineId = collection === "prices" ? phases[Number(phaseIndex)]?.prices[Number(index)]?.temporaryId : undefined;
    const line = lineId === undefined ? undefined : lines.get(lineId);
    if (line) {
      line.warnings.push(warning);
      continue;
    }
    const key = collection === "prices" ? `phases[${phaseIndex}]` : owner;
    const list = warningsAt.get(key);
    if (list) list.push(warning);
    else warningsAt.set(key, [warning]);
  }
  return { lines, warningsAt, quoteWarnings };
}
