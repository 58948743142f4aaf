import "server-only";
import { and, asc, isNull, type SQL } from "drizzle-orm";
import type { ListPrice } from "@/lib/schemas/list-price";
import type { Product } from "@/lib/schemas/product";
import { toListPrice } from "@/server/catalog/to-list-price";
import { toProduct } from "@/server/catalog/to-product";
import { getDatabase } from "@/server/db/get-database";
import { listPrices, products } from "@/server/db/schema/catalog";

export type CatalogEntry = { product: Product; listPrices: ListPrice[] };

/** The active catalog for display: products by name, each with its active list prices (optionally one currency). */
export async function loadCatalog({ currency }: { currency?: string } = {}): Promise<{
  entries: CatalogEntry[];
  currencies: string[];
}> {
  const db = await getDatabase();
  const productRows = await db.select().from(products).where(isNull(products.archivedAt)).orderBy(asc(products.name));
  const priceFilters: SQL[] = [isNull(listPrices.archivedAt)];
  const allPrices = await db
    .select()
    .from(listPrices)
    .where(and(...priceFilters))
    .orderBy(asc(listPrices.currency));
  const currencies = [...new Set(allPrices.map((row) => row.currency))].sort();
  const shown = currency ? allPrices.filter((row) => row.currency === currency) : allPrices;
  return {
    currencies,
    entries: productRows.map((product) => ({
      product: toProduct(product),
      listPrices: shown.filter((row) => row.productId === product.id).map(toListPrice),
    })),
  };
}
