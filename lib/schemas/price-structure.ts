import Decimal from "decimal.js";
import { z } from "zod";
import { nonNegativeDecimalSchema, positiveDecimalSchema } from "@/lib/schemas/primitives";

/**
 * The seven pricing structures of Sequence's API (2024-07-30 list prices, 2024-05-09 quote prices).
 * Fields the price needs are required; metric ids, which only matter once usage is metered, are
 * optional here so that a quote can be priced before any usage metric exists (list prices require
 * them: lib/schemas/list-price.ts). Unknown keys are refused so that a misspelt field is reported
 * instead of silently ignored.
 */

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * The last tier has no upper bound. Sequence's field description says to send null for it, but its
 * response schemas declare `upperBound` an optional string, never null: null is read as absent.
 */
const tierBoundSchema = nonNegativeDecimalSchema
  .nullable()
  .transform((bound) => bound ?? undefined)
  .optional();

const graduatedTierSchema = z.strictObject({
  upperBound: tierBoundSchema,
  price: nonNegativeDecimalSchema,
  fee: nonNegativeDecimalSchema.optional(),
  isPricePercentage: z.boolean().default(false),
});

const volumeTierSchema = graduatedTierSchema.extend({
  maxPrice: nonNegativeDecimalSchema.optional(),
  minPrice: nonNegativeDecimalSchema.optional(),
});

const seatTierSchema = z.strictObject({
  upperBound: tierBoundSchema,
  price: nonNegativeDecimalSchema,
  fee: nonNegativeDecimalSchema.optional(),
});

/** Refinements also run when a sibling field failed, so they must not trust the raw text. */
function toDecimal(text: string | null | undefined): Decimal | undefined {
  return text != null && DECIMAL_TEXT.test(text) ? new Decimal(text) : undefined;
}

type Tier = { upperBound?: string | null | undefined; minPrice?: string | undefined; maxPrice?: string | undefined };

/** Tiers are contiguous: every tier but the last has an upper bound, and bounds strictly ascend. */
function checkTiers(tiers: readonly Tier[], ctx: z.RefinementCtx, path: PropertyKey[] = ["tiers"]): void {
  let previous: Decimal | undefined;
  tiers.forEach((tier, index) => {
    const isLast = index === tiers.length - 1;
    if (tier.upperBound == null) {
      if (!isLast) {
        ctx.addIssue({
          code: "custom",
          path: [...path, index, "upperBound"],
          message: "only the last tier may be unbounded; give this tier an upper bound",
        });
      }
    } else {
      const bound = toDecimal(tier.upperBound);
      if (!bound) return;
      if (previous && bound.lte(previous)) {
        ctx.addIssue({
          code: "custom",
          path: [...path, index, "upperBound"],
          message: `tiers must ascend: ${tier.upperBound} is not above the previous tier's upper bound ${previous.toString()}`,
        });
      }
      previous = bound;
    }
    const minPrice = toDecimal(tier.minPrice);
    const maxPrice = toDecimal(tier.maxPrice);
    if (minPrice && maxPrice && minPrice.gt(maxPrice)) {
      ctx.addIssue({
        code: "custom",
        path: [...path, index, "minPrice"],
        message: `minPrice ${tier.minPrice} is above maxPrice ${tier.maxPrice}`,
      });
    }
  });
}

const nonEmptyTiers = <T extends z.ZodType>(tier: T) => z.array(tier).min(1, { error: "needs at least one tier" });

export const oneTimeStructureSchema = z.strictObject({
  pricingType: z.literal("ONE_TIME"),
  price: nonNegativeDecimalSchema,
});

export const fixedStructureSchema = z.strictObject({
  pricingType: z.literal("FIXED"),
  price: nonNegativeDecimalSchema,
});

export const linearStructureSchema = z.strictObject({
  pricingType: z.literal("LINEAR"),
  /** With `isPricePercentage`, a fraction of the quantity: "0.029" is 2.9 %, "1" is 100 %. */
  pricePerUnit: nonNegativeDecimalSchema,
  usageMetricId: z.string().optional(),
  isPricePercentage: z.boolean().default(false),
});

export const packageStructureSchema = z.strictObject({
  pricingType: z.literal("PACKAGE"),
  packageSize: positiveDecimalSchema,
  pricePerPackage: nonNegativeDecimalSchema,
  usageMetricId: z.string().optional(),
});

export const graduatedStructureSchema = z
  .strictObject({
    pricingType: z.literal("GRADUATED"),
    tiers: nonEmptyTiers(graduatedTierSchema),
    usageMetricId: z.string().optional(),
    usageCalculationMode: z.enum(["BILLING_PERIOD", "CUMULATIVE", "PERIODIC"]).default("BILLING_PERIOD"),
  })
  .superRefine((structure, ctx) => checkTiers(structure.tiers, ctx));

export const volumeStructureSchema = z
  .strictObject({
    pricingType: z.literal("VOLUME"),
    tiers: nonEmptyTiers(volumeTierSchema),
    usageMetricId: z.string().optional(),
  })
  .superRefine((structure, ctx) => checkTiers(structure.tiers, ctx));

export const seatBasedStructureSchema = z
  .strictObject({
    pricingType: z.literal("SEAT_BASED"),
    seatMetricId: z.string().optional(),
    pricePerSeat: nonNegativeDecimalSchema,
    prorationStrategy: z.enum(["USE_MAXIMUM", "PRORATE_INCREMENTS", "PRORATE_ALL_CHANGES"]).default("USE_MAXIMUM"),
    contractedMinimumSeats: z
      .number({ error: "must be a whole number of seats" })
      .int({ error: "must be a whole number of seats" })
      .min(0, { error: "must not be negative" }),
    overagesBillingFrequency: z.enum(["NONE", "MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY"]).optional(),
    /** Empty: every seat at `pricePerSeat`. Otherwise the seats are priced graduated through these tiers. */
    tiers: z.array(seatTierSchema).default([]),
    prorateFlatFees: z.boolean().optional(),
  })
  .superRefine((structure, ctx) => checkTiers(structure.tiers, ctx));

export const pricingTypes = ["ONE_TIME", "FIXED", "LINEAR", "PACKAGE", "GRADUATED", "VOLUME", "SEAT_BASED"] as const;
export const pricingTypeSchema = z.enum(pricingTypes);
export type PricingType = z.infer<typeof pricingTypeSchema>;

export const priceStructureSchema = z.discriminatedUnion(
  "pricingType",
  [
    oneTimeStructureSchema,
    fixedStructureSchema,
    linearStructureSchema,
    packageStructureSchema,
    graduatedStructureSchema,
    volumeStructureSchema,
    seatBasedStructureSchema,
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union" ? `pricingType must be one of ${pricingTypes.join(", ")}` : undefined,
  },
);

export type PriceStructure = z.infer<typeof priceStructureSchema>;
export type PriceStructureInput = z.input<typeof priceStructureSchema>;
export type GraduatedTier = z.infer<typeof graduatedTierSchema>;
export type VolumeTier = z.infer<typeof volumeTierSchema>;
export type SeatTier = z.infer<typeof seatTierSchema>;

/** Usage prices are priced from an expected quantity; they are always billed in arrears. */
export function isUsageStructure(structure: Pick<PriceStructure, "pricingType">): boolean {
  return ["LINEAR", "PACKAGE", "GRADUATED", "VOLUME"].includes(structure.pricingType);
}
