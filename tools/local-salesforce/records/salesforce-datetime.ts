/** Salesforce writes datetimes as `2011-12-16T18:54:00.000+0000` (reference/salesforce.md §2.3). */
export function formatDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+0000");
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Accepts ISO 8601 datetimes with `Z`, `+hh:mm` or `+hhmm` offsets; undefined when invalid. */
export function parseDateTime(text: string): Date | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const zone = match[8] ?? "Z";
  const normalizedZone = zone === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const fraction = (match[7] ?? "0").slice(0, 3).padEnd(3, "0");
  const iso = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6] ?? "00"}.${fraction}${normalizedZone}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || !isRealDate(`${match[1]}-${match[2]}-${match[3]}`)) return undefined;
  return date;
}

/** True for an existing calendar date written YYYY-MM-DD. */
export function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
