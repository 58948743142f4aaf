import type { CurrencyCode } from "@/lib/money/currencies";
import type { GraduatedTier, PriceStructure, SeatTier, VolumeTier } from "@/lib/schemas/price-structure";
import type { QuoteDiscountBody, QuoteMinimumBody, QuotePriceBody, UpdateQuoteBody } from "@/lib/schemas/quote";

/**
 * The quote as the builder's form holds it: the `PUT /api/quotes/{id}` body, with every number a
 * rep types kept as the text they typed (so "12." or "" is never coerced behind their back) and an
 * open-ended phase as a flag. `formValuesToBody` turns it back into a body for the API's own schema.
 * Paths are the body's paths (`phases.0.prices.2.quantity` is `phases[0].prices[2].quantity`).
 */

/** A tier as typed: "" is the unbounded last tier's upper bound, and no flat fee. */
export type TierFormValues<T> = Omit<T, "upperBound" | "fee"> & { upperBound: string; fee: string };

type Structure<K extends PriceStructure["pricingType"]> = Extract<PriceStructure, { pricingType: K }>;

export type StructureFormValues =
  | Structure<"ONE_TIME" | "FIXED" | "LINEAR" | "PACKAGE">
  | (Omit<Structure<"GRADUATED">, "tiers"> & { tiers: TierFormValues<GraduatedTier>[] })
  | (Omit<Structure<"VOLUME">, "tiers"> & { tiers: TierFormValues<VolumeTier>[] })
  | (Omit<Structure<"SEAT_BASED">, "tiers" | "contractedMinimumSeats"> & {
      tiers: TierFormValues<SeatTier>[];
      contractedMinimumSeats: string;
    });

export type PriceFormValues = Omit<QuotePriceBody, "structure" | "quantity" | "rateOnly"> & {
  structure: StructureFormValues;
  /** "" when no quantity is expected. */
  quantity: string;
  rateOnly: boolean;
};

export type DurationFormValues = { years: string; months: string; weeks: string; days: string };

export type PhaseFormValues = {
  name: string;
  /** The duration is kept while the phase is open-ended, so unticking restores it. */
  openEnded: boolean;
  duration: DurationFormValues;
  prices: PriceFormValues[];
  discounts: QuoteDiscountBody[];
  minimums: QuoteMinimumBody[];
};

export type QuoteFormValues = {
  title: string;
  /** "" while no customer is chosen (likewise currency and deal type). */
  customerId: string;
  currency: CurrencyCode | "";
  dealType: NonNullable<UpdateQuoteBody["dealType"]> | "";
  preliminaryBillingStartDate: string;
  expiryDays: string;
  contactIds: string[];
  phases: PhaseFormValues[];
};

/** What the body carries that the builder does not edit: passed through as loaded. */
export type QuoteBodyExtras = Pick<UpdateQuoteBody, "presentation" | "salesforceOpportunityId" | "version">;
