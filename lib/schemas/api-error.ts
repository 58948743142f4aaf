import { z } from "zod";

/**
 * Every error the API returns has this shape: Sequence's documented `{"error": {"type", "message"}}`
 * plus a stable `code` to branch on and, for bad input, every problem with its field path.
 */
export const apiErrorBodySchema = z.object({
  error: z.object({
    type: z.string(),
    code: z.string(),
    message: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
