import { eq } from "drizzle-orm";
import type { CreateQuoteBody, Quote } from "@/lib/schemas/quote";
import { ApiError } from "@/server/api/api-error";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { customers } from "@/server/db/schema/customers";
import { quotes, quoteVersions } from "@/server/db/schema/quotes";
import { checkQuoteReferences } from "@/server/quotes/check-quote-references";
import { loadQuote } from "@/server/quotes/load-quote";

/** Sequence's "create a blank quote": a draft (version 1) with whatever header fields were given. */
export async function createQuote({
  db,
  actor,
  body,
}: {
  db: Database;
  actor: Actor;
  body: CreateQuoteBody;
}): Promise<Quote> {
  const problems = await checkQuoteReferences({ db, customerId: body.customerId, contactIds: [], phases: [] });
  if (problems.length > 0) throw ApiError.validation(problems, "request body");
  return db.transaction(async (tx) => {
    const [customer] = body.customerId
      ? await tx.select({ currency: customers.currency }).from(customers).where(eq(customers.id, body.customerId))
      : [];
    const [quote] = await tx
      .insert(quotes)
      .values({
        createdByUserId: actor.kind === "user" ? actor.userId : null,
        createdByApiKeyId: actor.kind === "apiKey" ? actor.apiKeyId : null,
        salesforceOpportunityId: body.salesforceOpportunityId ?? null,
      })
      .returning();
    if (!quote) throw new Error("insert returned no row");
    const [version] = await tx
      .insert(quoteVersions)
      .values({
        quoteId: quote.id,
        number: 1,
        state: "draft",
        title: body.title ?? null,
        customerId: body.customerId ?? null,
        currency: body.currency ?? customer?.currency ?? null,
        dealType: body.dealType ?? "NEW_BUSINESS",
        preliminaryBillingStartDate: body.preliminaryBillingStartDate ?? null,
        expiryDays: body.expiryDays ?? 30,
      })
      .returning();
    if (!version) throw new Error("insert returned no row");
    const [withVersion] = await tx
      .update(quotes)
      .set({ currentVersionId: version.id })
      .where(eq(quotes.id, quote.id))
      .returning();
    await recordAudit({ db: tx, actor, action: "quote.created", entityType: "quote", entityId: quote.id });
    return loadQuote({ db: tx, quote: withVersion ?? quote });
  });
}
