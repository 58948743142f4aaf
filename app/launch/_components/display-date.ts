/**
 * A date for reading ("15 Dec 2026"). Calendar dates (YYYY-MM-DD) are formatted in UTC so they never
 * shift a day with the reader's time zone.
 */
export function displayDate(value: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: "medium",
    ...(value.length === 10 ? { timeZone: "UTC" } : {}),
  }).format(date);
}
