import { coveredPriceIndices, indexPricesById } from "@/lib/pricing/covered-prices";
import { isOneOff } from "@/lib/pricing/price-kind";
import type { Problem } from "@/lib/schemas/problems";
import type { PricingPhase, PricingPrice } from "@/lib/schemas/quote-pricing";

/**
 * The contradictions in a quote's phases that the schemas cannot see, each at its path
 * (`phases[0].minimums[1].restrictToPrices[0]`). Only contradictions: a draft that is merely
 * incomplete (no start date yet, a usage price without a quantity) has no problem here, so the API
 * can run this on every draft save. Currency and start date are checked by `priceQuote`.
 */
export function findQuoteProblems(quote: { phases: readonly PricingPhase[] }): Problem[] {
  return quote.phases.flatMap((phase, phaseIndex) => {
    const at = `phases[${phaseIndex}]`;
    const problems: Problem[] = [];
    if (phase.duration == null && phaseIndex < quote.phases.length - 1) {
      problems.push({
        path: `${at}.duration`,
        message: "only the last phase may be open-ended; give this phase a duration",
      });
    }
    phase.prices.forEach((price, priceIndex) => {
      if (price.structure.pricingType === "SEAT_BASED" && price.quantity !== undefined && !isWhole(price.quantity)) {
        problems.push({
          path: `${at}.prices[${priceIndex}].quantity`,
          message: `must be a whole number of seats, not ${price.quantity}`,
        });
      }
    });
    const byId = indexPricesById(phase.prices);
    phase.discounts.forEach((discount, index) => {
      const path = `${at}.discounts[${index}]`;
      problems.push(...unknownIds(discount.restrictToPrices, byId, path));
      if (discount.type === "NOMINAL") {
        problems.push(
          ...mixedFrequencies(phase.prices, discount.restrictToPrices, byId, path, "a NOMINAL discount", true),
        );
      }
    });
    phase.minimums.forEach((minimum, index) => {
      const path = `${at}.minimums[${index}]`;
      problems.push(...unknownIds(minimum.restrictToPrices, byId, path));
      problems.push(...mixedFrequencies(phase.prices, minimum.restrictToPrices, byId, path, "a minimum", false));
    });
    return problems;
  });
}

function isWhole(decimal: string): boolean {
  return /^\d+(\.0+)?$/.test(decimal);
}

function unknownIds(ids: readonly string[], byId: ReadonlyMap<string, unknown>, path: string): Problem[] {
  return ids.flatMap((id, index) =>
    byId.has(id)
      ? []
      : [
          {
            path: `${path}.restrictToPrices[${index}]`,
            message: `"${id}" is not the temporaryId of a price in this phase`,
          },
        ],
  );
}

/**
 * A per-period amount (a NOMINAL discount, a minimum) needs one period grid, so its prices must share
 * a billing frequency. Unrestricted, a NOMINAL covers every price and a minimum every recurring one.
 */
function mixedFrequencies(
  prices: readonly PricingPrice[],
  restrictToPrices: readonly string[],
  byId: ReadonlyMap<string, readonly number[]>,
  path: string,
  what: string,
  coversOneOffs: boolean,
): Problem[] {
  const covered = coveredPriceIndices(restrictToPrices, prices, byId, (price) => coversOneOffs || !isOneOff(price));
  const byFrequency = new Map<string, number[]>();
  for (const index of covered) {
    const frequency = prices[index]?.billingFrequency ?? "";
    const indices = byFrequency.get(frequency);
    if (indices) indices.push(index);
    else byFrequency.set(frequency, [index]);
  }
  if (byFrequency.size < 2) return [];
  const groups = [...byFrequency].map(([frequency, indices]) => `${frequency} (prices[${indices.join("], prices[")}])`);
  return [
    {
      path: restrictToPrices.length > 0 ? `${path}.restrictToPrices` : path,
      message: `${what}'s prices must share a billing frequency, but it covers ${groups.join(" and ")}; restrict it to prices billed alike`,
    },
  ];
}
