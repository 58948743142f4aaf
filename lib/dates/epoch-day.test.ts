import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilFromEpochDay, daysInMonth, epochDayFromCivil, isLeapYear } from "@/lib/dates/epoch-day";

const MS_PER_DAY = 86_400_000;

describe("epoch days", () => {
  it.each([
    [{ year: 1970, month: 1, day: 1 }, 0],
    [{ year: 1969, month: 12, day: 31 }, -1],
    [{ year: 2000, month: 2, day: 29 }, 11016],
    [{ year: 2027, month: 1, day: 1 }, 20819],
    [{ year: 0, month: 3, day: 1 }, -719468],
  ])("%o is day %i", (civil, day) => {
    expect(epochDayFromCivil(civil)).toBe(day);
    expect(civilFromEpochDay(day)).toEqual(civil);
  });

  it("agrees with the UTC calendar for every day from year 1 to 9999", () => {
    const first = Date.UTC(1, 0, 1) / MS_PER_DAY;
    const last = Date.UTC(9999, 11, 31) / MS_PER_DAY;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const utc = new Date(day * MS_PER_DAY);
        const civil = { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
        expect(civilFromEpochDay(day)).toEqual(civil);
        expect(epochDayFromCivil(civil)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it("knows leap years and month lengths", () => {
    expect([1900, 2000, 2024, 2027].map(isLeapYear)).toEqual([false, true, true, false]);
    expect([daysInMonth(2024, 2), daysInMonth(2027, 2), daysInMonth(2027, 4), daysInMonth(2027, 12)]).toEqual([
      29, 28, 30, 31,
    ]);
  });
});
