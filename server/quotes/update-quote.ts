import { and, eq, max } from "drizzle-orm";
import { findQuoteProblems } from "@/lib/pricing/find-quote-problems";
import { priceParsedQuote } from "@/lib/pricing/price-quote";
import type { Quote, UpdateQuoteBody } from "@/lib/schemas/quote";
import { ApiError } from "@/server/api/api-error";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { quotes, quoteVersions } from "@/server/db/schema/quotes";
import { checkQuoteReferences } from "@/server/quotes/check-quote-references";
import { getQuoteRowOrThrow } from "@/server/quotes/get-quote-row-or-throw";
import { loadQuote } from "@/server/quotes/load-quote";
import { writeQuoteContent } from "@/server/quotes/write-quote-content";

/**
 * `PUT /api/quotes/{id}`: replaces the quote's draft with the body. A published quote gets a new draft
 * version, which must be published again to reach the customer. When the body carries `version`, it
 * must be the quote's current version, or the write is refused with a 409 instead of overwriting
 * someone else's changes.
 */
export async function updateQuote({
  db,
  actor,
  id,
  body,
}: {
  db: Database;
  actor: Actor;
  id: string;
  body: UpdateQuoteBody;
}): Promise<Quote> {
  return db.transaction(async (tx) => {
    const quote = await getQuoteRowOrThrow({ db: tx, actor, id, action: "edit", forUpdate: true });
    if (quote.archivedAt) {
      throw ApiError.conflict(
        "quote_archived",
        "This quote is archived and cannot be edited; duplicate it to start again.",
      );
    }
    if (quote.status === "ACCEPTED" || quote.status === "EXECUTED") {
      throw ApiError.conflict(
        "quote_closed",
        `This quote was ${quote.status === "ACCEPTED" ? "accepted" : "executed"} and cannot change; duplicate it for a new offer.`,
      );
    }
    if (body.version !== undefined && body.version !== quote.version) {
      throw ApiError.conflict(
        "stale_version",
        `This quote changed since you loaded it (you edited version ${body.version}, it is now at version ${quote.version}, ` +
          `saved ${quote.updatedAt.toISOString()}). Reload to see the latest changes, then make yours again.`,
      );
    }
    const problems = [
      ...findQuoteProblems({ phases: body.phases }),
      ...(await checkQuoteReferences({
        db: tx,
        customerId: body.customerId,
        contactIds: body.contactIds,
        phases: body.phases,
      })),
    ];
    if (problems.length > 0) throw ApiError.validation(problems, "quote");
    // Totals for lists and Salesforce; an incomplete draft (no currency or start date yet) has none.
    const priced =
      body.currency && body.preliminaryBillingStartDate
        ? priceParsedQuote({
            currency: body.currency,
            preliminaryBillingStartDate: body.preliminaryBillingStartDate,
            phases: body.phases,
          })
        : undefined;

    const header = {
      title: body.title ?? null,
      customerId: body.customerId ?? null,
      currency: body.currency ?? null,
      dealType: body.dealType ?? null,
      preliminaryBillingStartDate: body.preliminaryBillingStartDate ?? null,
      expiryDays: body.expiryDays ?? null,
      presentation: body.presentation,
      contactIds: body.contactIds,
      totalContractValue: priced?.ok ? priced.result.totalContractValue : null,
      arr: priced?.ok ? priced.result.arr : null,
    };
    let [draft] = await tx
      .select()
      .from(quoteVersions)
      .where(and(eq(quoteVersions.quoteId, id), eq(quoteVersions.state, "draft")))
      .limit(1);
    if (draft) {
      [draft] = await tx.update(quoteVersions).set(header).where(eq(quoteVersions.id, draft.id)).returning();
    } else {
      const [latest] = await tx
        .select({ number: max(quoteVersions.number) })
        .from(quoteVersions)
        .where(eq(quoteVersions.quoteId, id));
      [draft] = await tx
        .insert(quoteVersions)
        .values({ quoteId: id, number: (latest?.number ?? 0) + 1, state: "draft", ...header })
        .returning();
    }
    if (!draft) throw new Error("draft version was not written");
    await writeQuoteContent({ db: tx, versionId: draft.id, phases: body.phases });
    const [updated] = await tx
      .update(quotes)
      .set({
        currentVersionId: draft.id,
        version: quote.version + 1,
        ...(body.salesforceOpportunityId !== undefined
          ? { salesforceOpportunityId: body.salesforceOpportunityId }
          : {}),
      })
      .where(eq(quotes.id, id))
      .returning();
    if (!updated) throw new Error("quote row vanished during update");
    return loadQuote({ db: tx, quote: updated });
  });
}
