"use client";

import { createContext, useContext } from "react";
import type { PriceDescription } from "@/lib/format/describe-price";
import type { ListPrice } from "@/lib/schemas/list-price";

export type Catalog = {
  /** The quote currency's list prices, in catalog order. */
  listPrices: readonly ListPrice[];
  byId: ReadonlyMap<string, ListPrice>;
  productNames: ReadonlyMap<string, string>;
  /** Worked out once per list price, not once per line: a 500-line quote repeats a few list prices. */
  descriptions: ReadonlyMap<string, PriceDescription>;
  structureKeys: ReadonlyMap<string, string>;
  status: "idle" | "loading" | "ready" | "error";
};

export const emptyCatalog: Catalog = {
  listPrices: [],
  byId: new Map(),
  productNames: new Map(),
  descriptions: new Map(),
  structureKeys: new Map(),
  status: "idle",
};

/** The list prices lines were copied from, to show the list price beside the quoted one. */
export const CatalogContext = createContext<Catalog>(emptyCatalog);

export const useCatalog = () => useContext(CatalogContext);
