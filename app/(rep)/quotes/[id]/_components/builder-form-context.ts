"use client";

import { createContext, useContext } from "react";
import type { FieldPath, UseFormReturn } from "react-hook-form";
import type { QuoteFormValues } from "@/lib/quotes/quote-form-values";

export type BuilderForm = UseFormReturn<QuoteFormValues>;
export type FieldName = FieldPath<QuoteFormValues>;

/**
 * The builder's form, for the components deep in the page. Not react-hook-form's FormProvider: that
 * one's value is a fresh object on every render of the form's owner, which would re-render every
 * consumer (a 500-line quote's rows) each time; `useForm` returns the same object throughout.
 */
export const BuilderFormContext = createContext<BuilderForm | null>(null);

export function useBuilderForm(): BuilderForm {
  const form = useContext(BuilderFormContext);
  if (!form) throw new Error("useBuilderForm is used outside the quote builder");
  return form;
}

/** The DOM id of the control for a form path, so a problem can take the rep to its field. */
export function fieldId(name: string): string {
  return `field-${name}`;
}
