import { describe, expect, it } from "vitest";
import { toFormPath } from "@/lib/quotes/form-path";
import { quoteFixture, SEATS } from "@/lib/quotes/quote-fixture";
import { quoteToFormValues } from "@/lib/quotes/quote-to-form-values";
import { validateQuoteForm } from "@/lib/quotes/validate-quote-form";

const extras = { presentation: [], version: 4 };

describe("validateQuoteForm", () => {
  it("gives the body to save, with the version it starts from", () => {
    const check = validateQuoteForm(quoteToFormValues(quoteFixture()), extras);
    expect(check.ok).toBe(true);
    expect(check.ok && check.body.version).toBe(4);
  });

  it("reports each problem at the API's path, with the API's message", () => {
    const values = quoteToFormValues(quoteFixture());
    const [phase] = values.phases;
    phase!.prices[0]!.quantity = "-3";
    phase!.prices[0]!.structure = { ...phase!.prices[0]!.structure, pricePerSeat: "4,5" } as never;
    phase!.discounts[0]!.amount = "120";
    values.expiryDays = "400";
    const check = validateQuoteForm(values, extras);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems).toEqual([
      { path: "expiryDays", message: "must be at most 365 days" },
      {
        path: "phases[0].prices[0].structure.pricePerSeat",
        message: '"4,5" is not a decimal number; write it like "12.50" (no exponent, no thousands separators)',
      },
      { path: "phases[0].prices[0].quantity", message: "must not be negative" },
      { path: "phases[0].discounts[0].amount", message: "must be between 0 and 100 for a percentage discount" },
    ]);
  });

  it("finds the contradictions the API refuses on save: an open-ended phase before the last, fractional seats", () => {
    const values = quoteToFormValues(quoteFixture());
    values.phases.reverse();
    values.phases[1]!.prices[0]!.quantity = "2.5";
    const check = validateQuoteForm(values, extras);
    expect(!check.ok && check.problems).toEqual([
      { path: "phases[0].duration", message: "only the last phase may be open-ended; give this phase a duration" },
      { path: "phases[1].prices[0].quantity", message: "must be a whole number of seats, not 2.5" },
    ]);
  });

  it("refuses a tier left unbounded before the last, and a restriction naming a removed price", () => {
    const values = quoteToFormValues(quoteFixture());
    const [phase] = values.phases;
    const calls = phase!.prices[1]!.structure;
    if (calls.pricingType !== "GRADUATED") throw new Error("fixture changed");
    calls.tiers[0]!.upperBound = " ";
    phase!.prices.splice(0, 1);
    const check = validateQuoteForm(values, extras);
    expect(!check.ok && check.problems.map((problem) => problem.path)).toEqual([
      "phases[0].prices[0].structure.tiers[0].upperBound",
    ]);
    calls.tiers[0]!.upperBound = "100000";
    const second = validateQuoteForm(values, extras);
    expect(!second.ok && second.problems).toEqual([
      {
        path: "phases[0].discounts[0].restrictToPrices[0]",
        message: `"${SEATS}" is not the temporaryId of a price in this phase`,
      },
    ]);
  });
});

describe("toFormPath", () => {
  it("writes the API's indices the way the form names its fields", () => {
    expect(toFormPath("phases[0].prices[12].structure.tiers[1].upperBound")).toBe(
      "phases.0.prices.12.structure.tiers.1.upperBound",
    );
    expect(toFormPath("contactIds[2]")).toBe("contactIds.2");
    expect(toFormPath("title")).toBe("title");
  });
});
