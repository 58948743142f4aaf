import { z } from "zod";
import { listQuerySchema, queryBooleanSchema } from "@/lib/schemas/pagination";
import { priceStructureSchema, type PriceStructure } from "@/lib/schemas/price-structure";
import {
  billingFrequencySchema,
  billingTypeSchema,
  currencySchema,
  customMetricParameterSchema,
  integrationIdRequestSchema,
  integrationIdSchema,
  requiredTextSchema,
  uuidSchema,
} from "@/lib/schemas/primitives";

export const usageCalculationPeriodSchema = z.strictObject({
  frequency: z.enum(["MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY"]),
  interval: z.number().int().min(1),
});

/** The metric field a structure is metered by, when it is missing. */
function missingMetric(structure: PriceStructure): "usageMetricId" | "seatMetricId" | undefined {
  switch (structure.pricingType) {
    case "SEAT_BASED":
      return structure.seatMetricId ? undefined : "seatMetricId";
    case "LINEAR":
    case "PACKAGE":
    case "GRADUATED":
    case "VOLUME":
      return structure.usageMetricId ? undefined : "usageMetricId";
    default:
      return undefined;
  }
}

/**
 * `POST /api/list-prices` and `PUT /api/list-prices/{id}` (2024-07-30): one body per pricing structure.
 * Unlike a quote line, a list price must name the metric its usage or seats are metered by, as
 * Sequence requires: a catalog price is what billing meters against.
 */
export const createListPriceBodySchema = z
  .strictObject({
    productId: uuidSchema,
    name: requiredTextSchema(255),
    currency: currencySchema,
    structure: priceStructureSchema,
    billingFrequency: billingFrequencySchema,
    billingType: billingTypeSchema,
    integrationIds: z.array(integrationIdRequestSchema).default([]),
    customMetricParameters: z.array(customMetricParameterSchema).default([]),
    usageCalculationPeriod: usageCalculationPeriodSchema.optional(),
  })
  .superRefine((body, ctx) => {
    const metric = missingMetric(body.structure);
    if (metric) ctx.addIssue({ code: "custom", path: ["structure", metric], message: "is required" });
  });

export const updateListPriceBodySchema = createListPriceBodySchema;

export const listListPricesQuerySchema = listQuerySchema.extend({
  currency: currencySchema.optional(),
  productId: z.string().optional(),
  billingFrequency: billingFrequencySchema.optional(),
  includeArchived: queryBooleanSchema.optional(),
});

export const listPriceSchema = z.object({
  id: z.string(),
  productId: z.string(),
  name: z.string(),
  currency: currencySchema,
  structure: priceStructureSchema,
  billingFrequency: billingFrequencySchema,
  billingType: billingTypeSchema,
  integrationIds: z.array(integrationIdSchema),
  customMetricParameters: z.array(customMetricParameterSchema),
  usageCalculationPeriod: usageCalculationPeriodSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().optional(),
});

export type UsageCalculationPeriod = z.infer<typeof usageCalculationPeriodSchema>;
export type CreateListPriceBody = z.infer<typeof createListPriceBodySchema>;
export type UpdateListPriceBody = z.infer<typeof updateListPriceBodySchema>;
export type ListListPricesQuery = z.infer<typeof listListPricesQuerySchema>;
export type ListPrice = z.infer<typeof listPriceSchema>;
