import { and, count, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Page } from "@/lib/schemas/pagination";
import { canonicalId18 } from "@/lib/salesforce/record-id";
import { isUuid } from "@/lib/schemas/primitives";
import type { ListQuotesQuery, QuoteListItem } from "@/lib/schemas/quote";
import { listPage } from "@/server/api/list-page";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { escapeLike } from "@/server/db/escape-like";
import { quotes, quoteVersions } from "@/server/db/schema/quotes";

/**
 * Sequence's quote list (`ListQuoteResponseModel` items), newest first. A rep sees their own quotes;
 * approvers, admins and API keys see all. The header fields come from each quote's current version.
 */
export async function listQuotes({
  db,
  actor,
  query,
}: {
  db: Database;
  actor: Actor;
  query: ListQuotesQuery;
}): Promise<Page<QuoteListItem>> {
  const filters: SQL[] = [];
  if (actor.kind === "user" && actor.role === "rep") filters.push(eq(quotes.createdByUserId, actor.userId));
  if (!query.includeArchived) filters.push(isNull(quotes.archivedAt));
  if (query.customerId) {
    if (!isUuid(query.customerId)) return { items: [], pagination: { totalResultSize: 0 } };
    filters.push(eq(quoteVersions.customerId, query.customerId));
  }
  // This app has no approval workflows yet, so no quote has an active one.
  if (query.hasActiveApprovalWorkflow === true) return { items: [], pagination: { totalResultSize: 0 } };
  if (query.status === "PREPARING_SIGNATURE_REQUEST") return { items: [], pagination: { totalResultSize: 0 } };
  if (query.status) filters.push(eq(quotes.status, query.status));
  if (query.title) filters.push(ilike(quoteVersions.title, `%${escapeLike(query.title)}%`));
  if (query.createdBy !== undefined) {
    const owners = query.createdBy
      .split(",")
      .map((owner) => owner.trim())
      .filter(isUuid);
    if (owners.length === 0) return { items: [], pagination: { totalResultSize: 0 } };
    filters.push(or(inArray(quotes.createdByUserId, owners), inArray(quotes.createdByApiKeyId, owners))!);
  }
  if (query.salesforceOpportunityId) {
    const opportunityId = canonicalId18(query.salesforceOpportunityId);
    if (!opportunityId) return { items: [], pagination: { totalResultSize: 0 } };
    filters.push(eq(quotes.salesforceOpportunityId, opportunityId));
  }
  const joined = () =>
    db
      .select({ quote: quotes, version: quoteVersions })
      .from(quotes)
      .innerJoin(quoteVersions, eq(quoteVersions.id, quotes.currentVersionId));
  const today = new Date().toISOString().slice(0, 10);
  const page = await listPage({
    query,
    table: quotes,
    idColumn: quotes.id,
    sortKey:
      query.sortBy === "acceptedAt" ? sql`coalesce(${quotes.acceptedAt}, '-infinity'::timestamptz)` : quotes.createdAt,
    fetch: async ({ cursor, orderBy, limit }) =>
      (
        await joined()
          .where(and(...filters, cursor))
          .orderBy(...orderBy)
          .limit(limit)
      ).map((row) => ({ id: row.quote.id, ...row })),
    count: async () =>
      (
        await db
          .select({ n: count() })
          .from(quotes)
          .innerJoin(quoteVersions, eq(quoteVersions.id, quotes.currentVersionId))
          .where(and(...filters))
      )[0]?.n ?? 0,
  });
  return {
    pagination: page.pagination,
    items: page.items.map(({ quote, version }) => {
      const set = <K extends keyof QuoteListItem>(key: K, value: QuoteListItem[K] | string | null) =>
        value === null || value === undefined ? {} : { [key]: value };
      return {
        id: quote.id,
        createdBy: quote.createdByUserId ?? quote.createdByApiKeyId ?? "system",
        ...set("customerId", version.customerId),
        ...set("quoteNumber", quote.quoteNumber),
        ...set("title", version.title),
        ...set("currency", version.currency),
        status: quote.status,
        ...set("dealType", version.dealType),
        ...set("preliminaryBillingStartDate", version.preliminaryBillingStartDate),
        ...set("expiresAt", quote.expiresAt),
        ...set("publishedAt", quote.publishedAt?.toISOString() ?? null),
        ...set("acceptedAt", quote.acceptedAt?.toISOString() ?? null),
        ...set("executedAt", quote.executedAt?.toISOString() ?? null),
        createdAt: quote.createdAt.toISOString(),
        updatedAt: quote.updatedAt.toISOString(),
        ...set("billingScheduleId", quote.billingScheduleId),
        ...set("expiryDays", version.expiryDays),
        ...set("archivedAt", quote.archivedAt?.toISOString() ?? null),
        isExpired: quote.status === "PUBLISHED" && quote.expiresAt !== null && quote.expiresAt < today,
        ...set("salesforceOpportunityId", quote.salesforceOpportunityId),
        ...set("totalContractValue", version.totalContractValue),
      } as QuoteListItem;
    }),
  };
}
