import { and, count, ilike, isNull, type SQL } from "drizzle-orm";
import type { Page } from "@/lib/schemas/pagination";
import type { ListProductsQuery, Product } from "@/lib/schemas/product";
import { listPage } from "@/server/api/list-page";
import { toProduct } from "@/server/catalog/to-product";
import type { Database } from "@/server/db/database";
import { escapeLike } from "@/server/db/escape-like";
import { products } from "@/server/db/schema/catalog";

export async function listProducts({ db, query }: { db: Database; query: ListProductsQuery }): Promise<Page<Product>> {
  const filters: SQL[] = [];
  if (!query.includeArchived) filters.push(isNull(products.archivedAt));
  if (query.name) filters.push(ilike(products.name, `%${escapeLike(query.name)}%`));
  const page = await listPage({
    query,
    table: products,
    idColumn: products.id,
    sortKey: products.createdAt,
    fetch: ({ cursor, orderBy, limit }) =>
      db
        .select()
        .from(products)
        .where(and(...filters, cursor))
        .orderBy(...orderBy)
        .limit(limit),
    count: async () =>
      (
        await db
          .select({ n: count() })
          .from(products)
          .where(and(...filters))
      )[0]?.n ?? 0,
  });
  return { items: page.items.map(toProduct), pagination: page.pagination };
}
