/** Building an Intl.DateTimeFormat costs far more than using one; an invoice schedule formats many dates. */
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string | undefined): Intl.DateTimeFormat {
  let format = formats.get(locale ?? "");
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    formats.set(locale ?? "", format);
  }
  return format;
}

/**
 * A `YYYY-MM-DD` calendar date for people: "1 Jan 2027" (in the reader's locale). Read as UTC and
 * shown in UTC, so the day never shifts with the reader's time zone.
 */
export function formatCalendarDate(isoDate: string, locale?: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(locale).format(date);
}
