import { formatIsoDate } from "@/lib/dates/iso-date";
import type { PhaseSpan } from "@/lib/pricing/phase-spans";
import { addPriceWarnings } from "@/lib/pricing/price-warnings";
import type { Problem } from "@/lib/schemas/problems";
import type { PricingPhase } from "@/lib/schemas/quote-pricing";

/** What a reader should know about a phase and its prices before any discount or minimum applies. */
export function phaseWarnings(phase: PricingPhase, phaseIndex: number, span: PhaseSpan): Problem[] {
  const at = `phases[${phaseIndex}]`;
  const warnings: Problem[] = [];
  if (span.openEnded) {
    warnings.push({
      path: `${at}.duration`,
      message: `open-ended: priced for its first 12 months, ${formatIsoDate(span.start)} to ${formatIsoDate(span.end)}, in the totals and ARR`,
    });
  }
  if (phase.prices.length === 0) warnings.push({ path: `${at}.prices`, message: "the phase has no prices" });
  const firstWithId = new Map<string, number>();
  phase.prices.forEach((price, priceIndex) => {
    const first = firstWithId.get(price.temporaryId);
    if (first === undefined) firstWithId.set(price.temporaryId, priceIndex);
    else {
      warnings.push({
        path: `${at}.prices[${priceIndex}].temporaryId`,
        message: `repeats the temporaryId of prices[${first}]: a discount or minimum naming it covers both`,
      });
    }
    addPriceWarnings(price, { phaseIndex, priceIndex }, warnings);
  });
  return warnings;
}
