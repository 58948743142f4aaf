import { describe, expect, it } from "vitest";
import { formatIsoDate, parseIsoDateOrThrow } from "@/lib/dates/iso-date";
import { billingGrid, phaseStartGrid, type BillingGrid } from "@/lib/pricing/billing-grid";
import { spanPhases } from "@/lib/pricing/phase-spans";
import type { QuoteBillingFrequency } from "@/lib/schemas/quote-pricing";

type Parts = { years?: number; months?: number; weeks?: number; days?: number };

function spanOf(start: string, parts: Parts) {
  const [span] = spanPhases(parseIsoDateOrThrow(start), [
    { duration: { years: 0, months: 0, weeks: 0, days: 0, ...parts } },
  ]);
  if (!span) throw new Error("no span");
  return span;
}

function describeGrid(built: BillingGrid) {
  return {
    periods: built.starts.map((s, p) => `${formatIsoDate(s)}..${formatIsoDate(built.ends[p] ?? s)}`),
    startTexts: built.startTexts,
    last: [built.lastDays, built.lastFullDays],
  };
}

const grid = (start: string, parts: Parts, frequency: QuoteBillingFrequency) =>
  describeGrid(billingGrid(spanOf(start, parts), frequency));

describe("billing grids (design detail 2)", () => {
  it("anchors monthly periods on the phase start, so the 31st comes back where the month has one", () => {
    const { periods, last } = grid("2027-01-31", { months: 4 }, "MONTHLY");
    expect(periods).toEqual([
      "2027-01-31..2027-02-27",
      "2027-02-28..2027-03-30",
      "2027-03-31..2027-04-29",
      "2027-04-30..2027-05-30",
    ]);
    expect(last).toEqual([31, 31]);
  });

  it("cuts only the last period short and remembers the full period it was cut from", () => {
    const { periods, last } = grid("2027-01-01", { months: 7, days: 10 }, "QUARTERLY");
    expect(periods).toEqual(["2027-01-01..2027-03-31", "2027-04-01..2027-06-30", "2027-07-01..2027-08-10"]);
    expect(last).toEqual([41, 92]);
  });

  it.each([
    ["HALF_YEARLY", ["2027-01-01..2027-06-30", "2027-07-01..2027-12-31"]],
    ["YEARLY", ["2027-01-01..2027-12-31"]],
    ["ONE_TIME", ["2027-01-01..2027-12-31"]],
  ] as const)("%s over a year", (frequency, expected) => {
    expect(grid("2027-01-01", { years: 1 }, frequency).periods).toEqual(expected);
  });

  it("makes a yearly period in a two-week phase one short period of the year it was cut from", () => {
    expect(grid("2028-01-01", { weeks: 2 }, "YEARLY")).toMatchObject({
      periods: ["2028-01-01..2028-01-14"],
      last: [14, 366],
    });
  });

  it("keeps a ONE_TIME structure on the phase's first day", () => {
    expect(describeGrid(phaseStartGrid(spanOf("2027-05-05", { years: 1 })))).toEqual({
      periods: ["2027-05-05..2027-05-05"],
      startTexts: ["2027-05-05"],
      last: [1, 1],
    });
  });
});
