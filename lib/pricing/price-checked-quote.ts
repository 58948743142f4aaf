import type { EpochDay } from "@/lib/dates/epoch-day";
import { LAST_ISO_DATE } from "@/lib/dates/iso-date";
import { minorUnitsOf } from "@/lib/money/currencies";
import { invoiceSchedule } from "@/lib/pricing/invoice-schedule";
import { spanPhases } from "@/lib/pricing/phase-spans";
import { phaseWarnings } from "@/lib/pricing/phase-warnings";
import {
  countCoveredPeriods,
  countLinePeriods,
  phaseGrids,
  pricePhase,
  type PhaseWork,
} from "@/lib/pricing/price-phase";
import type { PricedQuote } from "@/lib/pricing/priced-quote";
import { writePricedQuote } from "@/lib/pricing/write-priced-quote";
import type { Problem } from "@/lib/schemas/problems";
import type { PricingQuote } from "@/lib/schemas/quote-pricing";

/** Far beyond a real quote (10,000 monthly lines for 8 years), low enough to price in about a second. */
export const MAX_LINE_PERIODS = 1_000_000;

/** Line periods that discounts and minimums visit, each counted once per discount or minimum covering it. */
export const MAX_COVERED_PERIODS = 2_000_000;

/**
 * Prices a parsed quote that `findQuoteProblems` found nothing wrong with, from its start day. The
 * limits it checks keep the arithmetic exact and the work bounded: phases end by 9999-12-31, at most
 * MAX_LINE_PERIODS line periods and MAX_COVERED_PERIODS periods visited by discounts and minimums,
 * and amounts within 2^53 − 1 minor units.
 */
export function priceCheckedQuote(
  quote: PricingQuote,
  start: EpochDay,
): { ok: true; result: PricedQuote } | { ok: false; errors: Problem[] } {
  const spans = spanPhases(start, quote.phases);
  const late = spans.findIndex((span) => span.end > LAST_ISO_DATE);
  if (late !== -1) return refuse(`phases[${late}].duration`, "ends after 9999-12-31; shorten the phases");

  const grids = spans.map(phaseGrids);
  let periods = 0;
  let covered = 0;
  quote.phases.forEach((phase, i) => {
    const gridFor = grids[i];
    if (!gridFor) return;
    periods += countLinePeriods(phase, gridFor);
    covered += countCoveredPeriods(phase, gridFor);
  });
  if (periods > MAX_LINE_PERIODS) {
    return refuse(
      "phases",
      `have ${periods} billing periods over their lines, more than the ${MAX_LINE_PERIODS} that can be priced at once; shorten the phases or bill less often`,
    );
  }
  if (covered > MAX_COVERED_PERIODS) {
    return refuse(
      "phases",
      `have discounts and minimums covering ${covered} line billing periods in all, more than the ${MAX_COVERED_PERIODS} that can be priced at once; merge discounts, restrict them to fewer prices, or shorten the phases`,
    );
  }

  const digits = minorUnitsOf(quote.currency);
  const warnings: Problem[] = quote.phases.length === 0 ? [{ path: "phases", message: "the quote has no phases" }] : [];
  const phases: PhaseWork[] = [];
  quote.phases.forEach((phase, i) => {
    const span = spans[i];
    const gridFor = grids[i];
    if (!span || !gridFor) return;
    warnings.push(...phaseWarnings(phase, i, span));
    phases.push(pricePhase(phase, i, span, gridFor, digits, warnings));
  });

  // Every amount and partial sum is at most the gross (nothing is negative), so one check covers them.
  const gross = phases.reduce((sum, phase) => sum + phase.subtotal + phase.trueUpTotal, 0);
  if (gross > Number.MAX_SAFE_INTEGER) {
    return refuse("phases", "add up to more than can be priced exactly (2^53 − 1 minor units of the currency)");
  }
  // ARR annualises, so a short phase can exceed the gross.
  const hugeArr = phases.findIndex((phase) => phase.arr > Number.MAX_SAFE_INTEGER);
  if (hugeArr !== -1) {
    return refuse(`phases[${hugeArr}]`, "has an ARR beyond what can be priced exactly (2^53 − 1 minor units)");
  }
  return { ok: true, result: writePricedQuote(quote.currency, phases, invoiceSchedule(phases), warnings) };
}

function refuse(path: string, message: string): { ok: false; errors: Problem[] } {
  return { ok: false, errors: [{ path, message }] };
}
