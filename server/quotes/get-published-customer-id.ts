import { eq } from "drizzle-orm";
import type { Database } from "@/server/db/database";
import { type quotes, quoteVersions } from "@/server/db/schema/quotes";

/** The customer of a quote's newest published version (null when it was never published). */
export async function getPublishedCustomerId({
  db,
  quote,
}: {
  db: Database;
  quote: Pick<typeof quotes.$inferSelect, "latestPublishedVersionId">;
}): Promise<string | null> {
  if (!quote.latestPublishedVersionId) return null;
  const [version] = await db
    .select({ customerId: quoteVersions.customerId })
    .from(quoteVersions)
    .where(eq(quoteVersions.id, quote.latestPublishedVersionId))
    .limit(1);
  return version?.customerId ?? null;
}
