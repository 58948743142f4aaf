import { parseIsoDate } from "@/lib/dates/iso-date";
import { findQuoteProblems } from "@/lib/pricing/find-quote-problems";
import { priceCheckedQuote } from "@/lib/pricing/price-checked-quote";
import type { PricedQuote } from "@/lib/pricing/priced-quote";
import { toProblems, type Problem } from "@/lib/schemas/problems";
import { pricingQuoteSchema, type PricingQuote } from "@/lib/schemas/quote-pricing";

export type PriceQuoteResult = { ok: true; result: PricedQuote } | { ok: false; errors: Problem[] };

/**
 * Prices a quote in the shape of a `PUT /api/quotes/{id}` body exactly as design.md's "Pricing
 * semantics" and its details 1–11 say. Pure and deterministic: no clock, no I/O, no randomness. It
 * never throws on bad input and never produces NaN: what it cannot price comes back as problems,
 * each with its path.
 *
 * Decisions where design.md is open, each pinned by a test (price-quote-decisions.test.ts unless
 * another file is named):
 * - A temporaryId may repeat (the API spec's own example gives seven prices one id): a discount or
 *   minimum naming it covers every price that carries it, with a warning on each repeat.
 * - A ONE_TIME structure is one period on the phase's first day (start = end = billing date). A
 *   discount or minimum that covers it counts it in its own first period.
 * - An unrestricted NOMINAL discount covers every price of the phase, one-offs included, as "empty
 *   restrictToPrices means every price" says; only minimums leave one-offs out (detail 6). So a
 *   phase mixing ONE_TIME-billed and recurring prices needs its NOMINAL restricted
 *   (find-quote-problems.test.ts). A NOMINAL's or minimum's periods are those of its prices' shared
 *   frequency; its amount is rounded once per period, after prorating a short period.
 * - A minimum that covers no price (a phase without recurring prices) tops up nothing, with a warning.
 * - An invoice's period spans the periods that bill something on its date; a period whose net amount
 *   is zero bills nothing (price-quote-invoices.test.ts).
 * - A phase's ARR is rounded once, half away from zero. The quote's ARR is the last phase's: the run
 *   rate the customer is on when the quoted phases end (price-quote-invoices.test.ts).
 * - The start date is required even when there are no phases. A quote with no phases, or a phase
 *   with no prices, prices to zero with a warning.
 * - A usage price with `rateOnly` counts as zero even with a quantity. `PERIODIC` usage, like
 *   `CUMULATIVE`, is estimated per billing period, with a warning. Seats below the contracted
 *   minimum, and overages billed at another frequency, are estimated at the price's frequency, with
 *   a warning. A usage price billed ONE_TIME is one period spanning the phase, billed at its end.
 * - Limits that keep the result exact and the work bounded (price-quote-errors.test.ts): phases end
 *   by 9999-12-31; at most MAX_LINE_PERIODS line periods, and MAX_COVERED_PERIODS line periods
 *   visited by discounts and minimums; the quote's gross and each phase's ARR within 2^53 − 1
 *   minor units (90 trillion dollars). Beyond them the quote is refused, not rounded.
 */
export function priceQuote(input: unknown): PriceQuoteResult {
  const parsed = pricingQuoteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: toProblems(parsed.error) };
  return priceParsedQuote(parsed.data);
}

/**
 * `priceQuote` for a caller that has parsed the body already (the API parses `PUT /api/quotes/{id}`
 * strictly, and its phases are valid `PricingPhase`s): the same checks and result, without parsing
 * the body a second time, which is about a third of the work for a large quote.
 */
export function priceParsedQuote(quote: PricingQuote): PriceQuoteResult {
  const problems = findQuoteProblems(quote);
  const startText = quote.preliminaryBillingStartDate;
  const start = startText === undefined ? undefined : parseIsoDate(startText);
  if (start === undefined) {
    problems.unshift({
      path: "preliminaryBillingStartDate",
      message: startText === undefined ? "is required to date the phases" : "is not a calendar date",
    });
  }
  if (problems.length > 0 || start === undefined) return { ok: false, errors: problems };
  return priceCheckedQuote(quote, start);
}
