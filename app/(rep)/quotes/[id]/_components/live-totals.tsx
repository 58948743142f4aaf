"use client";

import { useEffect } from "react";
import type { PricedQuoteStore } from "@/lib/quotes/priced-quote-store";
import type { BuilderForm } from "./builder-form-context";
import { TotalsPanel } from "./totals-panel";
import { useLivePricing } from "./use-live-pricing";

/**
 * Prices the form as it changes and shows the totals; hands each line's share to the store its
 * rows read. Its own component, so a keystroke re-renders this and not the whole builder.
 */
export function LiveTotals({ form, store }: { form: BuilderForm; store: PricedQuoteStore }) {
  const { pricing, isUpdating } = useLivePricing(form);
  useEffect(() => store.publish(pricing.index, pricing.currency), [store, pricing.index, pricing.currency]);
  return <TotalsPanel pricing={pricing} isUpdating={isUpdating} />;
}
