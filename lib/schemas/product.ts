import { z } from "zod";
import { listQuerySchema, queryBooleanSchema } from "@/lib/schemas/pagination";
import { requiredTextSchema } from "@/lib/schemas/primitives";

export const createProductBodySchema = z.strictObject({
  name: requiredTextSchema(255),
  label: z.string().max(1000).optional(),
  taxCategoryId: z.string().optional(),
});

/** PUT replaces the product's fields, as in Sequence. */
export const updateProductBodySchema = createProductBodySchema;

export const listProductsQuerySchema = listQuerySchema.extend({
  name: z.string().optional(),
  includeArchived: queryBooleanSchema.optional(),
});

export const productSchema = z.object({
  id: z.string(),
  name: z.string(),
  label: z.string().optional(),
  taxCategoryId: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().optional(),
});

export type CreateProductBody = z.infer<typeof createProductBodySchema>;
export type UpdateProductBody = z.infer<typeof updateProductBodySchema>;
export type ListProductsQuery = z.infer<typeof listProductsQuerySchema>;
export type Product = z.infer<typeof productSchema>;
