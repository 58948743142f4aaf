import { addMonths } from "@/lib/dates/add-months";
import type { EpochDay } from "@/lib/dates/epoch-day";
import type { PricingPhase } from "@/lib/schemas/quote-pricing";

export type PhaseSpan = {
  start: EpochDay;
  /** Inclusive. */
  end: EpochDay;
  openEnded: boolean;
  /** The phase's length in calendar months when its duration has only years and months, else null. */
  months: number | null;
  days: number;
};

/** An open-ended phase is priced for its first year (design detail 1). */
const OPEN_ENDED_MONTHS = 12;

/**
 * Phases run back to back from the quote's start date (design detail 1): each ends at its start plus
 * its duration minus one day, adding years and months first as one step (years × 12 + months, clamped
 * to the month's end), then weeks and days.
 */
export function spanPhases(start: EpochDay, phases: readonly Pick<PricingPhase, "duration">[]): PhaseSpan[] {
  let next = start;
  return phases.map(({ duration }) => {
    const phaseStart = next;
    const months = duration ? duration.years * 12 + duration.months : OPEN_ENDED_MONTHS;
    const extraDays = duration ? duration.weeks * 7 + duration.days : 0;
    const end = addMonths(phaseStart, months) + extraDays - 1;
    next = end + 1;
    return {
      start: phaseStart,
      end,
      openEnded: !duration,
      months: extraDays === 0 ? months : null,
      days: end - phaseStart + 1,
    };
  });
}
