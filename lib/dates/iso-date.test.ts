import { describe, expect, it } from "vitest";
import { formatIsoDate, LAST_ISO_DATE, parseIsoDate } from "@/lib/dates/iso-date";

describe("ISO dates", () => {
  it.each(["2027-01-01", "2024-02-29", "0001-01-01", "9999-12-31"])("round-trips %s", (text) => {
    const day = parseIsoDate(text);
    expect(day).toBeTypeOf("number");
    expect(formatIsoDate(day ?? Number.NaN)).toBe(text);
  });

  it.each(["2027-02-29", "2027-13-01", "2027-00-10", "2027-04-31", "27-01-01", "2027-1-1", "2027-01-01T00:00", ""])(
    "refuses %j",
    (text) => expect(parseIsoDate(text)).toBeUndefined(),
  );

  it("names the last representable date", () => expect(formatIsoDate(LAST_ISO_DATE)).toBe("9999-12-31"));
});
