import type { PricingPrice } from "@/lib/schemas/quote-pricing";

/** Every price index under each temporaryId: ids may repeat (the API spec's own example repeats one seven times). */
export function indexPricesById(prices: readonly Pick<PricingPrice, "temporaryId">[]): Map<string, number[]> {
  const byId = new Map<string, number[]>();
  prices.forEach((price, index) => {
    const indices = byId.get(price.temporaryId);
    if (indices) indices.push(index);
    else byId.set(price.temporaryId, [index]);
  });
  return byId;
}

/**
 * The indices, in price order, of the prices a discount or minimum covers. An id covers every price
 * that carries it. An empty `restrictToPrices` covers every price `coversWhenUnrestricted` accepts.
 * Ids naming no price are skipped here; `findQuoteProblems` reports them.
 */
export function coveredPriceIndices<P>(
  restrictToPrices: readonly string[],
  prices: readonly P[],
  byId: ReadonlyMap<string, readonly number[]>,
  coversWhenUnrestricted: (price: P) => boolean,
): number[] {
  const indices: number[] = [];
  if (restrictToPrices.length === 0) {
    for (let index = 0; index < prices.length; index += 1) {
      const price = prices[index];
      if (price !== undefined && coversWhenUnrestricted(price)) indices.push(index);
    }
    return indices;
  }
  const covered = new Uint8Array(prices.length);
  for (const id of restrictToPrices) for (const index of byId.get(id) ?? []) covered[index] = 1;
  for (let index = 0; index < covered.length; index += 1) if (covered[index]) indices.push(index);
  return indices;
}
