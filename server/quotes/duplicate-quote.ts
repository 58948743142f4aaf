import { eq } from "drizzle-orm";
import type { Quote } from "@/lib/schemas/quote";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { quotes, quoteVersions } from "@/server/db/schema/quotes";
import { getQuoteRowOrThrow } from "@/server/quotes/get-quote-row-or-throw";
import { loadQuote } from "@/server/quotes/load-quote";
import { loadQuoteContent } from "@/server/quotes/load-quote-content";
import { toQuotePhaseBodies } from "@/server/quotes/to-quote-phase-bodies";
import { writeQuoteContent } from "@/server/quotes/write-quote-content";

/**
 * `POST /api/quotes/{id}/duplicate`: a new draft quote, owned by whoever duplicates it, with the
 * content the original shows now (its draft if it has one). Anyone who may read a quote may start a
 * new one from it; the original is untouched, whatever its state (archived and executed quotes too).
 */
export async function duplicateQuote({ db, actor, id }: { db: Database; actor: Actor; id: string }): Promise<Quote> {
  return db.transaction(async (tx) => {
    const source = await getQuoteRowOrThrow({ db: tx, actor, id, action: "read" });
    if (!source.currentVersionId) throw new Error(`quote ${id} has no current version`);
    const [version] = await tx
      .select()
      .from(quoteVersions)
      .where(eq(quoteVersions.id, source.currentVersionId))
      .limit(1);
    if (!version) throw new Error(`quote ${id} points at a missing version`);
    const [quote] = await tx
      .insert(quotes)
      .values({
        createdByUserId: actor.kind === "user" ? actor.userId : null,
        createdByApiKeyId: actor.kind === "apiKey" ? actor.apiKeyId : null,
        salesforceOpportunityId: source.salesforceOpportunityId,
        createdFrom: { entityType: "QUOTE", entityId: source.id },
      })
      .returning();
    if (!quote) throw new Error("insert returned no row");
    const [copy] = await tx
      .insert(quoteVersions)
      .values({
        quoteId: quote.id,
        number: 1,
        state: "draft",
        title: version.title,
        customerId: version.customerId,
        currency: version.currency,
        dealType: version.dealType,
        preliminaryBillingStartDate: version.preliminaryBillingStartDate,
        expiryDays: version.expiryDays,
        presentation: version.presentation,
        contactIds: version.contactIds,
        totalContractValue: version.totalContractValue,
        arr: version.arr,
      })
      .returning();
    if (!copy) throw new Error("insert returned no row");
    const content = await loadQuoteContent({ db: tx, versionId: version.id });
    await writeQuoteContent({ db: tx, versionId: copy.id, phases: toQuotePhaseBodies(content) });
    const [withVersion] = await tx
      .update(quotes)
      .set({ currentVersionId: copy.id })
      .where(eq(quotes.id, quote.id))
      .returning();
    await recordAudit({
      db: tx,
      actor,
      action: "quote.duplicated",
      entityType: "quote",
      entityId: quote.id,
      details: { from: source.id },
    });
    return loadQuote({ db: tx, quote: withVersion ?? quote });
  });
}
