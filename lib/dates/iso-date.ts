import { civilFromEpochDay, daysInMonth, epochDayFromCivil, type EpochDay } from "@/lib/dates/epoch-day";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The epoch day of a `YYYY-MM-DD` date, or undefined when the text is not a real calendar date. */
export function parseIsoDate(text: string): EpochDay | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return epochDayFromCivil({ year, month, day });
}

/** Like `parseIsoDate`, for dates the caller has already validated. */
export function parseIsoDateOrThrow(text: string): EpochDay {
  const day = parseIsoDate(text);
  if (day === undefined) throw new RangeError(`"${text}" is not a calendar date written YYYY-MM-DD`);
  return day;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function formatIsoDate(epochDay: EpochDay): string {
  const { year, month, day } = civilFromEpochDay(epochDay);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** The last date a `YYYY-MM-DD` string can hold. */
export const LAST_ISO_DATE: EpochDay = epochDayFromCivil({ year: 9999, month: 12, day: 31 });
