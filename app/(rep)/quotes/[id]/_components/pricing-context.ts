"use client";

import { createContext, useContext, useSyncExternalStore } from "react";
import type { LinePricing } from "@/lib/quotes/index-priced-quote";
import { PricedQuoteStore } from "@/lib/quotes/priced-quote-store";
import type { Problem } from "@/lib/schemas/problems";

/** The builder's latest pricing (see PricedQuoteStore); the store itself never changes, its entries do. */
export const PricedQuoteStoreContext = createContext<PricedQuoteStore>(new PricedQuoteStore());

const useStore = () => useContext(PricedQuoteStoreContext);

/** One line's pricing; re-renders only when it changes. */
export function useLinePricing(temporaryId: string): {
  line: LinePricing | undefined;
  currency: PricedQuoteStore["currency"];
} {
  const store = useStore();
  const line = useSyncExternalStore(
    store.subscribe,
    () => store.line(temporaryId),
    () => undefined,
  );
  const currency = useSyncExternalStore(
    store.subscribe,
    () => store.currency,
    () => null,
  );
  return { line, currency };
}

/** The pricing warnings about a phase, a discount or a minimum (by its path). */
export function useWarningsAt(path: string): readonly Problem[] {
  const store = useStore();
  return useSyncExternalStore(
    store.subscribe,
    () => store.warningsAt(path),
    () => store.warningsAt(path),
  );
}
