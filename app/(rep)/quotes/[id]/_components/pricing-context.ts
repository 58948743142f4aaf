"use client";

import { createContext, useContext } from "react";
import type { LivePricing } from "./use-live-pricing";

/**
 * The latest pricing of the form. Only small leaf components read it (a line's total, its
 * warnings), so a new result re-renders those and not the rows around them.
 */
export const PricingContext = createContext<LivePricing | null>(null);

export const usePricing = () => useContext(PricingContext);
