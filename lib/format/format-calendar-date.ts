/** A `YYYY-MM-DD` date for people: "Jan 1, 2027". Formatted in UTC, so the day never shifts with the reader's zone. */
export function formatCalendarDate(date: string, locale = "en-US"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
