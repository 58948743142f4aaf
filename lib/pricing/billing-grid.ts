import { addMonths } from "@/lib/dates/add-months";
import type { EpochDay } from "@/lib/dates/epoch-day";
import { formatIsoDate } from "@/lib/dates/iso-date";
import type { PhaseSpan } from "@/lib/pricing/phase-spans";
import type { QuoteBillingFrequency } from "@/lib/schemas/quote-pricing";

/**
 * The billing periods of one frequency in one phase, shared by every line billed at that frequency so
 * that discounts and minimums line up with the lines period for period.
 */
export type BillingGrid = {
  starts: EpochDay[];
  /** Inclusive. */
  ends: EpochDay[];
  startTexts: string[];
  endTexts: string[];
  /** Days in the last period and in the full period it was cut from: equal unless the phase end cut it short. */
  lastDays: number;
  lastFullDays: number;
};

const MONTHS_PER_PERIOD: Record<Exclude<QuoteBillingFrequency, "ONE_TIME">, number> = {
  MONTHLY: 1,
  QUARTERLY: 3,
  HALF_YEARLY: 6,
  YEARLY: 12,
};

function gridOf(starts: EpochDay[], ends: EpochDay[], lastFullDays: number): BillingGrid {
  const lastStart = starts.at(-1) ?? 0;
  const lastEnd = ends.at(-1) ?? 0;
  return {
    starts,
    ends,
    startTexts: starts.map(formatIsoDate),
    endTexts: ends.map(formatIsoDate),
    lastDays: lastEnd - lastStart + 1,
    lastFullDays,
  };
}

/**
 * Period k starts at the phase start + k × the frequency's months, counted from the phase start (not
 * from the previous period) so a start on the 31st stays on the 31st where the month has one; only
 * the last period may be cut short (design detail 2). ONE_TIME is one period spanning the phase.
 */
export function billingGrid(span: PhaseSpan, frequency: QuoteBillingFrequency): BillingGrid {
  if (frequency === "ONE_TIME") return gridOf([span.start], [span.end], span.days);
  const step = MONTHS_PER_PERIOD[frequency];
  const starts: EpochDay[] = [];
  const ends: EpochDay[] = [];
  let periodStart = span.start;
  let fullDays = 0;
  for (let k = 1; periodStart <= span.end; k += 1) {
    const nextStart = addMonths(span.start, k * step);
    starts.push(periodStart);
    ends.push(Math.min(nextStart - 1, span.end));
    fullDays = nextStart - periodStart;
    periodStart = nextStart;
  }
  return gridOf(starts, ends, fullDays);
}

/** A ONE_TIME structure is charged once, on the phase's first day, whatever its frequency (design detail 3). */
export function phaseStartGrid(span: PhaseSpan): BillingGrid {
  return gridOf([span.start], [span.start], 1);
}
