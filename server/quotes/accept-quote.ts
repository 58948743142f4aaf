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
 * `POST /api/quotes/{id}/accept`: records that the customer accepted the published quote (until
 * e-signature exists, a rep or an admin marks it). Only what the customer saw can be accepted: a quote
 * with unpublished changes, or an expired one, is refused with what to do instead.
 */
export async function acceptQuote({
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
      throw ApiError.conflict("quote_archived", "This quote is archived, so it cannot be accepted.");
    }
    if (quote.status === "ACCEPTED" || quote.status === "EXECUTED") {
      throw ApiError.conflict(
        "already_accepted",
        `This quote was already accepted on ${quote.acceptedAt?.toISOString().slice(0, 10) ?? "an earlier date"}.`,
      );
    }
    if (quote.status !== "PUBLISHED" || !quote.latestPublishedVersionId) {
      throw ApiError.conflict(
        "not_published",
        "This quote has not been published, so the customer has nothing to accept; publish it first.",
      );
    }
    if (quote.currentVersionId !== quote.latestPublishedVersionId) {
      throw ApiError.conflict(
        "unpublished_changes",
        "This quote has changes the customer has not seen. Publish them (so the customer sees what they accept) or revert to the published version first.",
      );
    }
    const today = now.toISOString().slice(0, 10);
    if (quote.expiresAt !== null && quote.expiresAt < today) {
      throw ApiError.conflict(
        "quote_expired",
        `This quote expired on ${quote.expiresAt} and can no longer be accepted; publish it again to give the customer a new expiry date.`,
      );
    }
    const [updated] = await tx
      .update(quotes)
      .set({ status: "ACCEPTED", acceptedAt: now, version: quote.version + 1 })
      .where(eq(quotes.id, id))
      .returning();
    if (!updated) throw new Error("quote row vanished during accept");
    await requestQuoteSync({
      db: tx,
      quoteId: id,
      opportunityId: updated.salesforceOpportunityId,
      customerId: await getPublishedCustomerId({ db: tx, quote: updated }),
      revision: updated.version,
    });
    await recordAudit({ db: tx, actor, action: "quote.accepted", entityType: "quote", entityId: id });
    return loadQuote({ db: tx, quote: updated });
  });
}
