import { set, type FieldErrors } from "react-hook-form";
import { toFormPath } from "@/lib/quotes/form-path";
import type { QuoteFormValues } from "@/lib/quotes/quote-form-values";
import type { Problem } from "@/lib/schemas/problems";

/** Problems at API paths as react-hook-form's nested errors, each under the field it concerns. */
export function problemsToFieldErrors(problems: readonly Problem[]): FieldErrors<QuoteFormValues> {
  const errors: FieldErrors<QuoteFormValues> = {};
  for (const problem of problems) {
    set(errors, toFormPath(problem.path), { type: "validate", message: problem.message });
  }
  return errors;
}
