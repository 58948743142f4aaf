import { useQuery } from "@tanstack/react-query";
import { fetchAllPages } from "@/lib/api/fetch-all-pages";
import type { CurrencyCode } from "@/lib/money/currencies";
import { listPriceSchema } from "@/lib/schemas/list-price";
import { productSchema } from "@/lib/schemas/product";

export const catalogKeys = {
  listPrices: (currency: string) => ["list-prices", { currency }] as const,
  products: ["products"] as const,
};

/** The catalog changes rarely; a builder session does not need to refetch it. */
const CATALOG_STALE_MS = 5 * 60_000;

/** Every list price in one currency: what a quote in that currency can pick from. */
export function useListPrices(currency: CurrencyCode | undefined) {
  return useQuery({
    queryKey: catalogKeys.listPrices(currency ?? ""),
    queryFn: ({ signal }) =>
      fetchAllPages("/api/list-prices", { query: { currency: currency ?? "" }, schema: listPriceSchema, signal }),
    enabled: currency !== undefined,
    staleTime: CATALOG_STALE_MS,
  });
}

export function useProducts() {
  return useQuery({
    queryKey: catalogKeys.products,
    queryFn: ({ signal }) => fetchAllPages("/api/products", { schema: productSchema, signal }),
    staleTime: CATALOG_STALE_MS,
  });
}
