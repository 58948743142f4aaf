import type { quoteDiscounts, quoteMinimums, quotePhases, quotePrices } from "@/server/db/schema/quotes";

/** A version's phases with their prices, discounts and minimums, in order: what a quote is made of. */
export type QuoteContent = {
  phases: (typeof quotePhases.$inferSelect & {
    prices: (typeof quotePrices.$inferSelect)[];
    discounts: (typeof quoteDiscounts.$inferSelect)[];
    minimums: (typeof quoteMinimums.$inferSelect)[];
  })[];
};
