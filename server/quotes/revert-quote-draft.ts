import { and, eq } from "drizzle-orm";
import type { Quote } from "@/lib/schemas/quote";
import { ApiError } from "@/server/api/api-error";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { quotes, quoteVersions } from "@/server/db/schema/quotes";
import { getQuoteRowOrThrow } from "@/server/quotes/get-quote-row-or-throw";
import { loadQuote } from "@/server/quotes/load-quote";

/**
 * `DELETE /api/quotes/{id}/latest-draft`: throws away the unpublished changes and goes back to the
 * published version. Nothing changes for the customer or in Salesforce, which only ever saw that one.
 */
export async function revertQuoteDraft({ db, actor, id }: { db: Database; actor: Actor; id: string }): Promise<Quote> {
  return db.transaction(async (tx) => {
    const quote = await getQuoteRowOrThrow({ db: tx, actor, id, action: "edit", forUpdate: true });
    if (quote.archivedAt) {
      throw ApiError.conflict("quote_archived", "This quote is archived, so its draft cannot be reverted.");
    }
    if (!quote.latestPublishedVersionId) {
      throw ApiError.conflict(
        "never_published",
        "This quote was never published, so there is no published version to go back to; edit the draft instead.",
      );
    }
    const [draft] = await tx
      .select({ id: quoteVersions.id, number: quoteVersions.number })
      .from(quoteVersions)
      .where(and(eq(quoteVersions.quoteId, id), eq(quoteVersions.state, "draft")))
      .limit(1);
    if (!draft) {
      throw ApiError.conflict(
        "no_unpublished_changes",
        "There is nothing to revert: the quote has no changes since it was published.",
      );
    }
    const [updated] = await tx
      .update(quotes)
      .set({ currentVersionId: quote.latestPublishedVersionId, version: quote.version + 1 })
      .where(eq(quotes.id, id))
      .returning();
    if (!updated) throw new Error("quote row vanished during revert");
    // Its phases, prices, discounts and minimums go with it (foreign keys cascade).
    await tx.delete(quoteVersions).where(eq(quoteVersions.id, draft.id));
    await recordAudit({
      db: tx,
      actor,
      action: "quote.draft_reverted",
      entityType: "quote",
      entityId: id,
      details: { discardedVersion: draft.number },
    });
    return loadQuote({ db: tx, quote: updated });
  });
}
