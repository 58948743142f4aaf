import { addMonths } from "@/lib/dates/add-months";
import { formatIsoDate, parseIsoDateOrThrow } from "@/lib/dates/iso-date";

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings for callers outside the pricing engine (forms, the
 * buyer page). Each throws a RangeError on a malformed date; validate user input with the schemas.
 */

export function addMonthsToIsoDate(date: string, months: number): string {
  return formatIsoDate(addMonths(parseIsoDateOrThrow(date), months));
}

/** A year is twelve calendar months, so 2028-02-29 + 1 year = 2029-02-28. */
export function addYearsToIsoDate(date: string, years: number): string {
  return addMonthsToIsoDate(date, years * 12);
}

export function addDaysToIsoDate(date: string, days: number): string {
  return formatIsoDate(parseIsoDateOrThrow(date) + days);
}

export function addWeeksToIsoDate(date: string, weeks: number): string {
  return addDaysToIsoDate(date, weeks * 7);
}

/** Days from `from` to `to`: 0 for the same date, negative when `to` is earlier. */
export function daysBetweenIsoDates(from: string, to: string): number {
  return parseIsoDateOrThrow(to) - parseIsoDateOrThrow(from);
}
