import { describe, expect, it } from "vitest";
import {
  addDaysToIsoDate,
  addMonthsToIsoDate,
  addWeeksToIsoDate,
  addYearsToIsoDate,
  daysBetweenIsoDates,
} from "@/lib/dates/iso-date-arithmetic";

describe("calendar arithmetic on ISO dates", () => {
  it.each([
    ["2027-01-31", 1, "2027-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2027-01-31", 3, "2027-04-30"],
    ["2027-03-31", -1, "2027-02-28"],
    ["2027-11-15", 2, "2028-01-15"],
    ["2027-01-15", -13, "2025-12-15"],
    ["2027-05-31", 0, "2027-05-31"],
  ])("%s + %i months = %s (clamped to the month's end)", (date, months, expected) => {
    expect(addMonthsToIsoDate(date, months)).toBe(expected);
  });

  it("adds years as twelve months", () => {
    expect(addYearsToIsoDate("2028-02-29", 1)).toBe("2029-02-28");
    expect(addYearsToIsoDate("2028-02-29", 4)).toBe("2032-02-29");
  });

  it("adds weeks and days across month and year ends", () => {
    expect(addWeeksToIsoDate("2027-12-25", 1)).toBe("2028-01-01");
    expect(addDaysToIsoDate("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysToIsoDate("2027-03-01", -1)).toBe("2027-02-28");
  });

  it("counts days between dates", () => {
    expect(daysBetweenIsoDates("2027-01-01", "2028-01-01")).toBe(365);
    expect(daysBetweenIsoDates("2028-01-01", "2029-01-01")).toBe(366);
    expect(daysBetweenIsoDates("2027-03-01", "2027-02-01")).toBe(-28);
  });

  it("refuses a malformed date instead of guessing", () => {
    expect(() => addDaysToIsoDate("2027-02-30", 1)).toThrow(RangeError);
  });
});
