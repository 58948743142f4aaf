import { eq } from "drizzle-orm";
import type { Quote } from "@/lib/schemas/quote";
import { ApiError } from "@/server/api/api-error";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { quotes } from "@/server/db/schema/quotes";
import { getPublishedCustomerId } from "@/server/quotes/get-published-customer-id";
import { getQuoteRowOrThrow } from "@/server/quotes/get-quote-row-or-throw";
import { loadQuote } from "@/server/quotes/load-quote";
import { requestQuoteSync } from "@/server/salesforce/request-quote-sync";

/**
 * `PUT /api/quotes/{id}/archive`: withdraws the quote. It leaves lists, its buyer link says it was
 * withdrawn, and a published quote's Salesforce record gets its archive date.
 */
export async function archiveQuote({
  db,
  actor,
  id,
  now = new Date(),
}: {
  db: Database;
  actor: Actor;
  id: string;
  now?: Date;
}): Promise<Quote> {
  return db.transaction(async (tx) => {
    const quote = await getQuoteRowOrThrow({ db: tx, actor, id, action: "edit", forUpdate: true });
    if (quote.archivedAt) {
      throw ApiError.conflict(
        "already_archived",
        `This quote was already archived on ${quote.archivedAt.toISOString().slice(0, 10)}.`,
      );
    }
    const [updated] = await tx
      .update(quotes)
      .set({ archivedAt: now, version: quote.version + 1 })
      .where(eq(quotes.id, id))
      .returning();
    if (!updated) throw new Error("quote row vanished during archive");
    if (updated.latestPublishedVersionId) {
      await requestQuoteSync({
        db: tx,
        quoteId: id,
        opportunityId: updated.salesforceOpportunityId,
        customerId: await getPublishedCustomerId({ db: tx, quote: updated }),
        revision: updated.version,
      });
    }
    await recordAudit({ db: tx, actor, action: "quote.archived", entityType: "quote", entityId: id });
    return loadQuote({ db: tx, quote: updated });
  });
}
