import { max, eq } from "drizzle-orm";
import type { Database } from "@/server/db/database";
import { quoteVersions } from "@/server/db/schema/quotes";
import { loadQuoteContent } from "@/server/quotes/load-quote-content";
import { toQuotePhaseBodies } from "@/server/quotes/to-quote-phase-bodies";
import { writeQuoteContent } from "@/server/quotes/write-quote-content";

/**
 * A new draft of a quote with the content of one of its versions (header and rows copied, so the
 * original stays untouched): what republishing an expired quote unchanged starts from.
 */
export async function copyVersionAsDraft({
  db,
  quoteId,
  versionId,
}: {
  db: Database;
  quoteId: string;
  versionId: string;
}): Promise<typeof quoteVersions.$inferSelect> {
  const [source] = await db.select().from(quoteVersions).where(eq(quoteVersions.id, versionId)).limit(1);
  if (!source) throw new Error(`version ${versionId} of quote ${quoteId} is missing`);
  const [latest] = await db
    .select({ number: max(quoteVersions.number) })
    .from(quoteVersions)
    .where(eq(quoteVersions.quoteId, quoteId));
  const [draft] = await db
    .insert(quoteVersions)
    .values({
      quoteId,
      number: (latest?.number ?? 0) + 1,
      state: "draft",
      title: source.title,
      customerId: source.customerId,
      currency: source.currency,
      dealType: source.dealType,
      preliminaryBillingStartDate: source.preliminaryBillingStartDate,
      expiryDays: source.expiryDays,
      presentation: source.presentation,
      contactIds: source.contactIds,
      totalContractValue: source.totalContractValue,
      arr: source.arr,
    })
    .returning();
  if (!draft) throw new Error("the draft version was not written");
  const content = await loadQuoteContent({ db, versionId });
  await writeQuoteContent({ db, versionId: draft.id, phases: toQuotePhaseBodies(content) });
  return draft;
}
