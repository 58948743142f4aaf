"use client";

import { useEffect, useState, useTransition } from "react";
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

function priceForm(values: QuoteFormValues, previous: LivePricing | null): LivePricing {
  const result = priceQuote(formValuesToBody(values, { presentation: [] }));
  if (result.ok) {
    return {
      priced: result.result,
      index: indexPricedQuote(result.result, values.phases),
      problems: [],
      currency: result.result.currency,
    };
  }
  return {
    priced: previous?.priced ?? null,
    index: previous?.index ?? null,
    problems: result.errors,
    currency: previous?.currency ?? null,
  };
}

/**
 * Prices the form with lib/pricing (the one place prices are computed) on every change. The new
 * result is rendered in a transition, so a keystroke is never held up by the totals: React renders
 * them when the input has been handled, and drops a render that a newer keystroke made stale.
 */
export function useLivePricing(form: BuilderForm): { pricing: LivePricing; isUpdating: boolean } {
  const [pricing, setPricing] = useState(() => priceForm(form.getValues(), null));
  const [isUpdating, startTransition] = useTransition();
  useEffect(() => {
    const { unsubscribe } = form.watch((values) => {
      const snapshot = values as QuoteFormValues;
      startTransition(() => setPricing((previous) => priceForm(snapshot, previous)));
    });
    return unsubscribe;
  }, [form]);
  return { pricing, isUpdating };
}
