import { asc, eq } from "drizzle-orm";
import type { Database } from "@/server/db/database";
import { quoteDiscounts, quoteMinimums, quotePhases, quotePrices } from "@/server/db/schema/quotes";
import type { QuoteContent } from "@/server/quotes/quote-content";

/**
 * Four queries whatever the size of the quote: one per child table, grouped in memory. They run one
 * after another: inside a transaction they share one connection, which must not run two at once.
 */
export async function loadQuoteContent({ db, versionId }: { db: Database; versionId: string }): Promise<QuoteContent> {
  const phases = await db
    .select()
    .from(quotePhases)
    .where(eq(quotePhases.versionId, versionId))
    .orderBy(asc(quotePhases.position));
  const prices = await db
    .select()
    .from(quotePrices)
    .where(eq(quotePrices.versionId, versionId))
    .orderBy(asc(quotePrices.position));
  const discounts = await db
    .select()
    .from(quoteDiscounts)
    .where(eq(quoteDiscounts.versionId, versionId))
    .orderBy(asc(quoteDiscounts.position));
  const minimums = await db
    .select()
    .from(quoteMinimums)
    .where(eq(quoteMinimums.versionId, versionId))
    .orderBy(asc(quoteMinimums.position));
  return {
    phases: phases.map((phase) => ({
      ...phase,
      prices: prices.filter((price) => price.phaseId === phase.id),
      discounts: discounts.filter((discount) => discount.phaseId === phase.id),
      minimums: minimums.filter((minimum) => minimum.phaseId === phase.id),
    })),
  };
}
