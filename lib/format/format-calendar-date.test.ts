import { describe, expect, it } from "vitest";
import { formatCalendarDate } from "@/lib/format/format-calendar-date";

describe("formatCalendarDate", () => {
  it("shows the calendar day itself, whatever the reader's time zone", () => {
    expect(formatCalendarDate("2027-01-01", "en-GB")).toBe("1 Jan 2027");
    expect(formatCalendarDate("2027-12-31", "en-US")).toBe("Dec 31, 2027");
  });

  it("leaves text that is not a date as it is", () => {
    expect(formatCalendarDate("soon", "en-US")).toBe("soon");
  });
});
