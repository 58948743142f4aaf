"use client";

import { useEffect, useState } from "react";
import type { QuoteFormValues } from "@/lib/quotes/quote-form-values";
import { useBuilderForm } from "./builder-form-context";

const hasLines = (values: Pick<QuoteFormValues, "phases">) => values.phases.some((phase) => phase.prices.length > 0);

/**
 * Whether any phase has a price. Not `useWatch("phases")`, which would re-render (and copy a
 * 500-line quote) on every keystroke: this re-renders only when the answer changes.
 */
export function useHasLines(): boolean {
  const form = useBuilderForm();
  const [value, setValue] = useState(() => hasLines(form.getValues()));
  useEffect(() => {
    const { unsubscribe } = form.watch((values) => setValue(hasLines(values as QuoteFormValues)));
    return unsubscribe;
  }, [form]);
  return value;
}
