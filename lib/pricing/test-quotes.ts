import { priceQuote } from "@/lib/pricing/price-quote";
import type { PricedQuote } from "@/lib/pricing/priced-quote";
import type { Problem } from "@/lib/schemas/problems";

/**
 * Builders for the pricing tests: a quote body as a client would send it, with defaults that keep
 * each test to the fields it is about. Not used by the engine.
 */

type Fields = Record<string, unknown>;

let nextId = 0;

/** A monthly, in-advance price with the given structure; `temporaryId` defaults to a fresh id. */
export function price(structure: Fields, fields: Fields = {}): Fields {
  nextId += 1;
  return {
    temporaryId: `price-${nextId}`,
    name: String(structure.pricingType),
    structure,
    billingFrequency: "MONTHLY",
    billingType: "IN_ADVANCE",
    ...fields,
  };
}

export function phase(prices: Fields[], fields: Fields = {}): Fields {
  return { duration: { years: 1 }, prices, discounts: [], minimums: [], ...fields };
}

export function quote(phases: Fields[], fields: Fields = {}): Fields {
  return { currency: "USD", preliminaryBillingStartDate: "2027-01-01", phases, ...fields };
}

/** Prices the quote and fails the test with the problems if it is refused. */
export function priced(input: unknown): PricedQuote {
  const result = priceQuote(input);
  if (!result.ok) throw new Error(`expected a priced quote, got ${JSON.stringify(result.errors)}`);
  return result.result;
}

/** Prices the quote and fails the test if it is accepted. */
export function refused(input: unknown): Problem[] {
  const result = priceQuote(input);
  if (result.ok) throw new Error("expected the quote to be refused");
  return result.errors;
}

export const fixed = (amount: string, fields: Fields = {}) => price({ pricingType: "FIXED", price: amount }, fields);
