"use client";

import { useMemo } from "react";
import { useListPrices, useProducts } from "@/lib/api/catalog";
import { describePrice } from "@/lib/format/describe-price";
import type { CurrencyCode } from "@/lib/money/currencies";
import { listedStructureKey } from "@/lib/quotes/structure-key";
import { emptyCatalog, type Catalog } from "./catalog-context";

/** The catalog a quote in `currency` picks from, indexed for the rows that show list prices. */
export function useCatalog(currency: CurrencyCode | undefined): Catalog {
  const listPrices = useListPrices(currency);
  const products = useProducts();
  return useMemo(() => {
    if (!currency) return emptyCatalog;
    const items = listPrices.data ?? [];
    return {
      listPrices: items,
      byId: new Map(items.map((price) => [price.id, price])),
      productNames: new Map((products.data ?? []).map((product) => [product.id, product.name])),
      descriptions: new Map(items.map((price) => [price.id, describePrice(price)])),
      structureKeys: new Map(items.map((price) => [price.id, listedStructureKey(price.structure)])),
      status: listPrices.isError ? "error" : listPrices.isPending ? "loading" : "ready",
    };
  }, [currency, listPrices.data, listPrices.isError, listPrices.isPending, products.data]);
}
