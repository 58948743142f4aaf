import { findQuoteProblems } from "@/lib/pricing/find-quote-problems";
import { formValuesToBody } from "@/lib/quotes/form-values-to-body";
import type { QuoteBodyExtras, QuoteFormValues } from "@/lib/quotes/quote-form-values";
import { toProblems, type Problem } from "@/lib/schemas/problems";
import { updateQuoteBodySchema, type UpdateQuoteBody } from "@/lib/schemas/quote";

export type QuoteFormCheck = { ok: true; body: UpdateQuoteBody } | { ok: false; problems: Problem[] };

/**
 * Checks the form exactly as `PUT /api/quotes/{id}` checks its body: the API's schema, then the
 * contradictions the pricing engine refuses (`findQuoteProblems`, which the API runs on every save).
 * Problems carry the API's paths. Only what needs the database (does the customer exist?) is left
 * to the API, whose answer the builder shows at the same paths.
 */
export function validateQuoteForm(values: QuoteFormValues, extras: QuoteBodyExtras): QuoteFormCheck {
  const parsed = updateQuoteBodySchema.safeParse(formValuesToBody(values, extras));
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error) };
  const problems = findQuoteProblems({ phases: parsed.data.phases });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, body: parsed.data };
}
