import { and, count, eq, isNull, type SQL } from "drizzle-orm";
import type { ListListPricesQuery, ListPrice } from "@/lib/schemas/list-price";
import type { Page } from "@/lib/schemas/pagination";
import { isUuid } from "@/lib/schemas/primitives";
import { listPage } from "@/server/api/list-page";
import { toListPrice } from "@/server/catalog/to-list-price";
import type { Database } from "@/server/db/database";
import { listPrices } from "@/server/db/schema/catalog";

export async function listListPrices({
  db,
  query,
}: {
  db: Database;
  query: ListListPricesQuery;
}): Promise<Page<ListPrice>> {
  if (query.productId !== undefined && !isUuid(query.productId)) {
    return { items: [], pagination: { totalResultSize: 0 } };
  }
  const filters: SQL[] = [];
  if (!query.includeArchived) filters.push(isNull(listPrices.archivedAt));
  if (query.currency) filters.push(eq(listPrices.currency, query.currency));
  if (query.productId) filters.push(eq(listPrices.productId, query.productId));
  if (query.billingFrequency) filters.push(eq(listPrices.billingFrequency, query.billingFrequency));
  const page = await listPage({
    query,
    table: listPrices,
    idColumn: listPrices.id,
    sortKey: listPrices.createdAt,
    fetch: ({ cursor, orderBy, limit }) =>
      db
        .select()
        .from(listPrices)
        .where(and(...filters, cursor))
        .orderBy(...orderBy)
        .limit(limit),
    count: async () =>
      (
        await db
          .select({ n: count() })
          .from(listPrices)
          .where(and(...filters))
      )[0]?.n ?? 0,
  });
  return { items: page.items.map(toListPrice), pagination: page.pagination };
}
