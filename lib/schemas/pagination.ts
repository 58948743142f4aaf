import { z } from "zod";

/**
 * Sequence's cursor pagination: `limit` 1–100 (default 20), opaque `after` / `before` cursors, and
 * `sortOrder` (`DESC`, newest first, by default).
 */
export const listQuerySchema = z.object({
  limit: z.coerce
    .number({ error: "must be a whole number from 1 to 100" })
    .int({ error: "must be a whole number from 1 to 100" })
    .min(1, { error: "must be at least 1" })
    .max(100, { error: "must be at most 100" })
    .default(20),
  after: z.string().min(1).optional(),
  before: z.string().min(1).optional(),
  sortOrder: z.enum(["ASC", "DESC"], { error: 'must be "ASC" or "DESC"' }).default("DESC"),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

export const paginationSchema = z.object({
  after: z.string().optional(),
  before: z.string().optional(),
  totalResultSize: z.number().int(),
});

export type Pagination = z.infer<typeof paginationSchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), pagination: paginationSchema });
}

export type Page<T> = { items: T[]; pagination: Pagination };

/** Query-string booleans: "true" / "false" (anything else is a 400, not a silent false). */
export const queryBooleanSchema = z
  .enum(["true", "false"], { error: 'must be "true" or "false"' })
  .transform((value) => value === "true");
