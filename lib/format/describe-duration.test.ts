import { describe, expect, it } from "vitest";
import { describeDuration } from "@/lib/format/describe-duration";

describe("describeDuration", () => {
  it("names the non-zero parts, singular or plural, and an open-ended phase", () => {
    expect(describeDuration({ years: 1, months: 6, weeks: 0, days: 0 })).toBe("1 year, 6 months");
    expect(describeDuration({ years: 0, months: 0, weeks: 2, days: 1 })).toBe("2 weeks, 1 day");
    expect(describeDuration(null)).toBe("open-ended");
  });
});
