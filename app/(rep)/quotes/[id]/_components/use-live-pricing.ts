"use client";

import { useDeferredValue, useEffect, useMemo, useState } from "react";
import type { CurrencyCode } from "@/lib/money/currencies";
import { priceQuote } from "@/lib/pricing/price-quote";
import type { PricedQuote } from "@/lib/pricing/priced-quote";
import { formValuesToBody } from "@/lib/quotes/form-values-to-body";
import { indexPricedQuote, type PricedQuoteIndex } from "@/lib/quotes/index-priced-quote";
import type { QuoteFormValues } from "@/lib/quotes/quote-form-values";
import type { Problem } from "@/lib/schemas/problems";
import type { BuilderForm } from "./builder-form-context";

export type LivePricing = {
  /** The latest form that priced. Kept while the form has problems, so totals never blank out mid-typing. */
  priced: PricedQuote | null;
  index: PricedQuoteIndex | null;
  /** Why the form as it is now cannot be priced; empty when `priced` is up to date. */
  problems: Problem[];
  currency: CurrencyCode | null;
};

type Priced = { ok: true; priced: PricedQuote; index: PricedQuoteIndex } | { ok: false; problems: Problem[] };

function priceForm(values: QuoteFormValues): Priced {
  const result = priceQuote(formValuesToBody(values, { presentation: [] }));
  if (!result.ok) return { ok: false, problems: result.errors };
  return { ok: true, priced: result.result, index: indexPricedQuote(result.result, values.phases) };
}

/**
 * Prices the form with lib/pricing (the one place prices are computed) on every change. The form's
 * values reach React as an urgent update that costs nothing; pricing them is deferred, so it runs
 * after the keystroke has been handled and painted, and a render that a newer keystroke made stale
 * is dropped.
 */
export function useLivePricing(form: BuilderForm): { pricing: LivePricing; isUpdating: boolean } {
  const [values, setValues] = useState(() => form.getValues());
  const deferred = useDeferredValue(values);
  useEffect(() => {
    // react-hook-form hands watchers a new object on every change, so each change is a new state; its
    // nested arrays may be the form's own, so pricing reads the values as they are by then, never older.
    const { unsubscribe } = form.watch((next) => setValues(next as QuoteFormValues));
    return unsubscribe;
  }, [form]);
  const result = useMemo(() => priceForm(deferred), [deferred]);
  const [lastGood, setLastGood] = useState(result.ok ? result : null);
  // Keep the latest result that priced, to show (marked out of date) while the form cannot be priced.
  if (result.ok && result !== lastGood) setLastGood(result);
  const shown = result.ok ? result : lastGood;
  const pricing = useMemo<LivePricing>(
    () => ({
      priced: shown?.priced ?? null,
      index: shown?.index ?? null,
      problems: result.ok ? [] : result.problems,
      currency: shown?.priced.currency ?? null,
    }),
    [shown, result],
  );
  return { pricing, isUpdating: deferred !== values };
}
