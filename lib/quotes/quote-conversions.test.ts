import { describe, expect, it } from "vitest";
import { priceQuote } from "@/lib/pricing/price-quote";
import { formValuesToBody } from "@/lib/quotes/form-values-to-body";
import { CALLS, quoteFixture, SEATS } from "@/lib/quotes/quote-fixture";
import { quoteToFormValues } from "@/lib/quotes/quote-to-form-values";
import { quoteToUpdateBody } from "@/lib/quotes/quote-to-update-body";
import { updateQuoteBodySchema } from "@/lib/schemas/quote";

const extras = (quote = quoteFixture()) => ({
  presentation: quote.presentation,
  salesforceOpportunityId: quote.salesforceOpportunityId,
  version: quote.version,
});

describe("quoteToUpdateBody", () => {
  it("writes a read quote back in the PUT shape, which the API's schema accepts unchanged", () => {
    const body = quoteToUpdateBody(quoteFixture());
    expect(updateQuoteBodySchema.parse(body)).toEqual(body);
    const [first] = body.phases;
    expect(first?.prices.map((price) => price.temporaryId)).toEqual([SEATS, CALLS]);
    expect(first?.discounts).toEqual([
      { type: "PERCENTAGE", amount: "10", restrictToPrices: [SEATS], message: "Launch discount" },
    ]);
    expect(first?.minimums).toEqual([{ amount: "500.00", restrictToPrices: [CALLS] }]);
    expect(body).toMatchObject({
      version: 4,
      contactIds: [expect.any(String)],
      salesforceOpportunityId: "006000000000001AAA",
    });
    expect(JSON.stringify(body)).not.toMatch(/createdAt|updatedAt|discountCalculationType/);
  });
});

describe("quoteToFormValues and formValuesToBody", () => {
  it("round-trip a quote to the same body the API would read back", () => {
    const quote = quoteFixture();
    const body = updateQuoteBodySchema.parse(formValuesToBody(quoteToFormValues(quote), extras(quote)));
    expect(body).toEqual(quoteToUpdateBody(quote));
  });

  it("holds numbers as the text typed, empty for none, and an open-ended phase as a flag", () => {
    const values = quoteToFormValues(quoteFixture());
    expect(values.expiryDays).toBe("30");
    const [first, second] = values.phases;
    expect(first?.duration).toEqual({ years: "1", months: "", weeks: "", days: "" });
    expect(second?.openEnded).toBe(true);
    const [seats, calls] = first?.prices ?? [];
    expect(seats?.structure).toMatchObject({ contractedMinimumSeats: "10" });
    expect(calls).toMatchObject({ quantity: "", rateOnly: true });
    expect(calls?.structure).toMatchObject({
      tiers: [
        { upperBound: "100000", fee: "" },
        { upperBound: "1000000", fee: "100.00" },
        { upperBound: "", fee: "250.00" },
      ],
    });
  });

  it("trims what was typed and leaves out what is empty", () => {
    const values = quoteToFormValues(quoteFixture());
    values.title = "  ";
    values.expiryDays = " 45 ";
    values.phases[0]!.name = "";
    values.phases[0]!.prices[0]!.quantity = " 30 ";
    values.phases[0]!.duration = { years: "", months: "18", weeks: "", days: " " };
    const body = formValuesToBody(values, extras()) as {
      phases: { duration: unknown; prices: { quantity?: string }[] }[];
    };
    expect(body).not.toHaveProperty("title");
    expect(body).toMatchObject({ expiryDays: 45 });
    expect(body.phases[0]).not.toHaveProperty("name");
    expect(body.phases[0]?.duration).toEqual({ years: 0, months: 18, weeks: 0, days: 0 });
    expect(body.phases[0]?.prices[0]?.quantity).toBe("30");
  });

  it("passes text that is not a number on, for the API's schema to refuse with its own message", () => {
    const values = quoteToFormValues(quoteFixture());
    values.phases[0]!.duration.months = "1.5";
    values.phases[0]!.duration.weeks = "two";
    const parsed = updateQuoteBodySchema.safeParse(formValuesToBody(values, extras()));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["phases.0.duration.months", "must be a whole number of months"],
      ["phases.0.duration.weeks", "must be a whole number of weeks"],
    ]);
  });

  it("prices the form's body exactly as the saved quote", () => {
    const quote = quoteFixture();
    const fromForm = priceQuote(formValuesToBody(quoteToFormValues(quote), extras(quote)));
    const fromSaved = priceQuote(quoteToUpdateBody(quote));
    expect(fromForm.ok).toBe(true);
    expect(fromForm).toEqual(fromSaved);
  });
});
