import { z } from "zod";
import { priceStructureSchema } from "@/lib/schemas/price-structure";
import {
  billingTypeSchema,
  currencySchema,
  isoDateSchema,
  nonNegativeDecimalSchema,
  requiredOr,
} from "@/lib/schemas/primitives";

/**
 * The parts of a quote that price it, shared by the API bodies (lib/schemas/quote.ts, strict) and the
 * pricing input below (lenient: only what prices a quote is required; anything else is ignored and
 * dropped, which also keeps parsing a 10,000-line quote cheap), which the pricing engine and
 * `npm run price` read.
 */

const wholeNumber = (what: string) =>
  z
    .number({ error: `must be a whole number of ${what}` })
    .int({ error: `must be a whole number of ${what}` })
    .min(0, { error: "must not be negative" });

/** Calendar duration; absent parts are zero. A phase with no duration (null) is open-ended. */
export const durationSchema = z
  .object({
    years: wholeNumber("years").default(0),
    months: wholeNumber("months").default(0),
    weeks: wholeNumber("weeks").default(0),
    days: wholeNumber("days").default(0),
  })
  .refine((d) => d.years + d.months + d.weeks + d.days > 0, {
    error:
      "must last at least one day; set years, months, weeks or days (or leave the duration out for an open-ended phase)",
  });

export const quoteBillingFrequencySchema = z.enum(["ONE_TIME", "MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY"], {
  error: requiredOr("must be one of ONE_TIME, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY"),
});

export const discountTypeSchema = z.enum(["PERCENTAGE", "NOMINAL"], {
  error: requiredOr("must be PERCENTAGE or NOMINAL"),
});

export const priceFields = {
  structure: priceStructureSchema,
  billingFrequency: quoteBillingFrequencySchema,
  billingType: billingTypeSchema,
  /** Extension: expected usage per billing period for usage prices, or the number of seats. */
  quantity: nonNegativeDecimalSchema.optional(),
  /** Extension: a usage price deliberately quoted as a rate only, without an expected quantity. */
  rateOnly: z.boolean().optional(),
};

export const discountFields = {
  restrictToPrices: z.array(z.string()).default([]),
  type: discountTypeSchema,
  amount: nonNegativeDecimalSchema,
};

export const checkPercentage = (discount: { type: string; amount: string }) =>
  discount.type !== "PERCENTAGE" || Number(discount.amount) <= 100;
export const percentageMessage = { error: "must be between 0 and 100 for a percentage discount", path: ["amount"] };

export const minimumFields = {
  restrictToPrices: z.array(z.string()).default([]),
  amount: nonNegativeDecimalSchema,
};

export const pricingPriceSchema = z.object({
  temporaryId: z.string({ error: requiredOr("must be text") }).min(1, { error: "must not be empty" }),
  name: z.string().default(""),
  ...priceFields,
});

export const pricingPhaseSchema = z.object({
  name: z.string().optional(),
  duration: durationSchema.nullish(),
  prices: z.array(pricingPriceSchema).default([]),
  discounts: z.array(z.object(discountFields).refine(checkPercentage, percentageMessage)).default([]),
  minimums: z.array(z.object(minimumFields)).default([]),
});

/** What the pricing engine reads: the pricing-relevant part of a `PUT /api/quotes/{id}` body. */
export const pricingQuoteSchema = z.object({
  currency: currencySchema,
  preliminaryBillingStartDate: isoDateSchema.optional(),
  phases: z.array(pricingPhaseSchema),
});

export type Duration = z.infer<typeof durationSchema>;
export type QuoteBillingFrequency = z.infer<typeof quoteBillingFrequencySchema>;
export type PricingQuote = z.infer<typeof pricingQuoteSchema>;
export type PricingPhase = z.infer<typeof pricingPhaseSchema>;
export type PricingPrice = z.infer<typeof pricingPriceSchema>;
