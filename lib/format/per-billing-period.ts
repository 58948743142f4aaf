import type { QuoteBillingFrequency } from "@/lib/schemas/quote-pricing";

/** How an expected quantity's period reads to people: the builder and the buyer page both say "per month". */
export const perBillingPeriod: Record<QuoteBillingFrequency, string> = {
  ONE_TIME: "in total",
  MONTHLY: "per month",
  QUARTERLY: "per quarter",
  HALF_YEARLY: "per half-year",
  YEARLY: "per year",
};
