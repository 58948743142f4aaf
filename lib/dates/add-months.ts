import { civilFromEpochDay, daysInMonth, epochDayFromCivil, type EpochDay } from "@/lib/dates/epoch-day";

/**
 * The same day `months` calendar months later (or earlier), clamped to the last day of a shorter
 * month: 2027-01-31 + 1 month = 2027-02-28. Callers that step repeatedly should add k × n months to
 * the anchor rather than n months to the previous result, or the clamp accumulates (31 → 28 → 28).
 */
export function addMonths(epochDay: EpochDay, months: number): EpochDay {
  const { year, month, day } = civilFromEpochDay(epochDay);
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  return epochDayFromCivil({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}
