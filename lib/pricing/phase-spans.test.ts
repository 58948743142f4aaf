import { describe, expect, it } from "vitest";
import { formatIsoDate, parseIsoDateOrThrow } from "@/lib/dates/iso-date";
import { spanPhases } from "@/lib/pricing/phase-spans";

const duration = (parts: Partial<Record<"years" | "months" | "weeks" | "days", number>>) => ({
  years: 0,
  months: 0,
  weeks: 0,
  days: 0,
  ...parts,
});

function spans(start: string, durations: (ReturnType<typeof duration> | null)[]) {
  return spanPhases(
    parseIsoDateOrThrow(start),
    durations.map((d) => ({ duration: d })),
  ).map((span) => ({ ...span, start: formatIsoDate(span.start), end: formatIsoDate(span.end) }));
}

describe("phase spans (design detail 1)", () => {
  it("runs phases back to back, each ending the day before start + duration", () => {
    expect(
      spans("2027-01-01", [duration({ years: 1 }), duration({ months: 6 }), duration({ weeks: 2, days: 3 })]),
    ).toEqual([
      { start: "2027-01-01", end: "2027-12-31", openEnded: false, months: 12, days: 365 },
      { start: "2028-01-01", end: "2028-06-30", openEnded: false, months: 6, days: 182 },
      { start: "2028-07-01", end: "2028-07-17", openEnded: false, months: null, days: 17 },
    ]);
  });

  it("adds years and months as one step, clamped to the month's end, then weeks and days", () => {
    // 2027-01-31 + 1 month = 2027-02-28 (clamped), + 3 days = 2027-03-03, − 1 day.
    expect(spans("2027-01-31", [duration({ months: 1, days: 3 })])[0]).toMatchObject({
      end: "2027-03-02",
      months: null,
    });
    // 1 year 1 month from 2028-01-31 is 2029-02-28 in one step (not 2029-01-31 then clamp again).
    expect(spans("2028-01-31", [duration({ years: 1, months: 1 })])[0]).toMatchObject({
      end: "2029-02-27",
      months: 13,
    });
  });

  it("prices an open-ended phase for its first 12 months", () => {
    expect(spans("2027-03-15", [duration({ months: 2 }), null])[1]).toEqual({
      start: "2027-05-15",
      end: "2028-05-14",
      openEnded: true,
      months: 12,
      days: 366,
    });
  });
});
