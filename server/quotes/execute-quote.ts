import { eq } from "drizzle-orm";
import type { Quote } from "@/lib/schemas/quote";
import { ApiError } from "@/server/api/api-error";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { quotes } from "@/server/db/schema/quotes";
import { createBillingScheduleFromVersion } from "@/server/quotes/create-billing-schedule-from-version";
import { getPublishedCustomerId } from "@/server/quotes/get-published-customer-id";
import { getQuoteRowOrThrow } from "@/server/quotes/get-quote-row-or-throw";
import { loadQuote } from "@/server/quotes/load-quote";
import { requestQuoteSync } from "@/server/salesforce/request-quote-sync";

/**
 * `POST /api/quotes/{id}/execute`: turns the accepted quote into a DRAFT billing schedule (from the
 * published version the customer accepted) and records its id on the quote.
 */
export async function executeQuote({
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
      throw ApiError.conflict("quote_archived", "This quote is archived, so it cannot be executed.");
    }
    if (quote.status === "EXECUTED") {
      throw ApiError.conflict(
        "already_executed",
        `This quote was already executed into billing schedule ${quote.billingScheduleId ?? "(unknown)"}.`,
      );
    }
    if (quote.status !== "ACCEPTED" || !quote.latestPublishedVersionId) {
      throw ApiError.conflict(
        "not_accepted",
        "Only an accepted quote can be executed into a billing schedule; the customer has not accepted this one yet.",
      );
    }
    const billingScheduleId = await createBillingScheduleFromVersion({
      db: tx,
      quote,
      versionId: quote.latestPublishedVersionId,
    });
    const [updated] = await tx
      .update(quotes)
      .set({ status: "EXECUTED", executedAt: now, billingScheduleId, version: quote.version + 1 })
      .where(eq(quotes.id, id))
      .returning();
    if (!updated) throw new Error("quote row vanished during execute");
    await requestQuoteSync({
      db: tx,
      quoteId: id,
      opportunityId: updated.salesforceOpportunityId,
      customerId: await getPublishedCustomerId({ db: tx, quote: updated }),
      revision: updated.version,
    });
    await recordAudit({
      db: tx,
      actor,
      action: "quote.executed",
      entityType: "quote",
      entityId: id,
      details: { billingScheduleId },
    });
    return loadQuote({ db: tx, quote: updated });
  });
}
