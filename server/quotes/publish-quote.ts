import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { addDaysToIsoDate } from "@/lib/dates/iso-date-arithmetic";
import { priceParsedQuote } from "@/lib/pricing/price-quote";
import { findPublishProblems } from "@/lib/quotes/find-publish-problems";
import { toPricingQuote } from "@/lib/quotes/to-pricing-quote";
import { describeProblems } from "@/lib/schemas/problems";
import type { PublishQuoteBody, Quote } from "@/lib/schemas/quote";
import { ApiError } from "@/server/api/api-error";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { quotes, quoteVersions } from "@/server/db/schema/quotes";
import { assertQuoteOpen } from "@/server/quotes/assert-quote-open";
import { checkQuoteReferences } from "@/server/quotes/check-quote-references";
import { copyVersionAsDraft } from "@/server/quotes/copy-version-as-draft";
import { getQuoteRowOrThrow } from "@/server/quotes/get-quote-row-or-throw";
import { loadQuote } from "@/server/quotes/load-quote";
import { loadQuoteContent } from "@/server/quotes/load-quote-content";
import { nextQuoteNumber } from "@/server/quotes/next-quote-number";
import { toQuotePhaseBodies } from "@/server/quotes/to-quote-phase-bodies";
import { requestQuoteSync } from "@/server/salesforce/request-quote-sync";

/**
 * `POST /api/quotes/{id}/publish`: checks the whole draft and says what is missing; then freezes it as
 * the newest published version (immutable from now on: later edits make a new draft), numbers the
 * quote on its first publish, dates its expiry, issues the buyer link and — in the same transaction —
 * enqueues the write to Salesforce. An expired quote without changes may be published again to give
 * the customer a fresh expiry.
 *
 * E-mail to the recipients is not sent (the app has no mail delivery yet); the request is recorded.
 */
export async function publishQuote({
  db,
  actor,
  id,
  body,
  now = new Date(),
}: {
  db: Database;
  actor: Actor;
  id: string;
  body: PublishQuoteBody;
  now?: Date;
}): Promise<Quote> {
  return db.transaction(async (tx) => {
    const quote = await getQuoteRowOrThrow({ db: tx, actor, id, action: "edit", forUpdate: true });
    assertQuoteOpen(quote, "published again");
    if (body.version !== undefined && body.version !== quote.version) {
      throw ApiError.conflict(
        "stale_version",
        `This quote changed since you loaded it (you saw version ${body.version}, it is now at version ${quote.version}). ` +
          "Reload to review the latest changes before publishing them to the customer.",
      );
    }
    const today = now.toISOString().slice(0, 10);
    let [draft] = await tx
      .select()
      .from(quoteVersions)
      .where(and(eq(quoteVersions.quoteId, id), eq(quoteVersions.state, "draft")))
      .limit(1);
    if (!draft) {
      const published = quote.latestPublishedVersionId;
      if (!published) throw new Error(`quote ${id} has neither a draft nor a published version`);
      if (!(quote.expiresAt !== null && quote.expiresAt < today)) {
        throw ApiError.conflict(
          "nothing_to_publish",
          "This version is already published and nothing changed since; edit the quote to publish a new version.",
        );
      }
      draft = await copyVersionAsDraft({ db: tx, quoteId: id, versionId: published });
    }

    const view = await loadQuote({ db: tx, quote, versionId: draft.id });
    const content = await loadQuoteContent({ db: tx, versionId: draft.id });
    const problems = [
      ...findPublishProblems(view),
      ...(await checkQuoteReferences({
        db: tx,
        customerId: view.customerId,
        contactIds: view.contactIds,
        phases: toQuotePhaseBodies(content),
      })),
    ];
    const pricing = toPricingQuote(view);
    const priced = pricing ? priceParsedQuote(pricing) : undefined;
    if (problems.length > 0 || !priced?.ok || view.expiryDays === undefined) {
      const count = problems.length === 1 ? "1 thing is" : `${problems.length} things are`;
      throw new ApiError(
        422,
        "ValidationError",
        "quote_incomplete",
        `This quote cannot be published yet: ${count} missing or wrong. ${describeProblems(problems)}. Nothing was published.`,
        problems,
      );
    }

    const quoteNumber = quote.quoteNumber ?? (await nextQuoteNumber({ db: tx }));
    await tx
      .update(quoteVersions)
      .set({
        state: "published",
        publishedAt: now,
        publishedByUserId: actor.kind === "user" ? actor.userId : null,
        totalContractValue: priced.result.totalContractValue,
        arr: priced.result.arr,
      })
      .where(eq(quoteVersions.id, draft.id));
    const [updated] = await tx
      .update(quotes)
      .set({
        status: "PUBLISHED",
        quoteNumber,
        publishedAt: now,
        expiresAt: addDaysToIsoDate(today, view.expiryDays),
        buyerToken: quote.buyerToken ?? randomBytes(32).toString("base64url"),
        currentVersionId: draft.id,
        latestPublishedVersionId: draft.id,
        version: quote.version + 1,
      })
      .where(eq(quotes.id, id))
      .returning();
    if (!updated) throw new Error("quote row vanished during publish");
    await requestQuoteSync({
      db: tx,
      quoteId: id,
      opportunityId: updated.salesforceOpportunityId,
      customerId: view.customerId ?? null,
      revision: updated.version,
    });
    await recordAudit({
      db: tx,
      actor,
      action: "quote.published",
      entityType: "quote",
      entityId: id,
      details: {
        quoteNumber,
        versionNumber: draft.number,
        sendRecipientsEmail: body.sendRecipientsEmail,
        ...(body.emailMessage !== undefined ? { emailMessage: body.emailMessage } : {}),
      },
    });
    return loadQuote({ db: tx, quote: updated });
  });
}
