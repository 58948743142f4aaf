import { priceParsedQuote } from "@/lib/pricing/price-quote";
import { toPricingQuote } from "@/lib/quotes/to-pricing-quote";
import { isUsageStructure } from "@/lib/schemas/price-structure";
import type { Problem } from "@/lib/schemas/problems";
import type { Quote } from "@/lib/schemas/quote";

/**
 * Everything a quote still lacks before a customer can receive it, each at the path of the field to
 * fill. A draft may be incomplete while it is being built; a published quote may not. The same checks
 * run in the publish dialog (instantly, on the quote it shows) and on the server (authoritatively).
 */
export function findPublishProblems(quote: Quote): Problem[] {
  const problems: Problem[] = [];
  const missing = (path: string, message: string) => problems.push({ path, message });
  if (!quote.title?.trim()) missing("title", "give the quote a title; it heads the document the customer receives");
  if (!quote.customerId) missing("customerId", "choose the customer the quote is for");
  if (!quote.currency) missing("currency", "choose the currency the customer is billed in");
  if (!quote.dealType) missing("dealType", "say whether this is new business or a renewal");
  if (!quote.preliminaryBillingStartDate) {
    missing("preliminaryBillingStartDate", "set the billing start date; every phase is dated from it");
  }
  if (quote.expiryDays === undefined) missing("expiryDays", "set how many days the customer has to accept");
  if (quote.phases.length === 0) missing("phases", "add at least one phase with a price");
  quote.phases.forEach((phase, p) => {
    if (phase.prices.length === 0) missing(`phases[${p}].prices`, "add at least one price, or remove this phase");
    phase.prices.forEach((price, i) => {
      if (isUsageStructure(price.structure) && price.quantity === undefined && !price.rateOnly) {
        missing(
          `phases[${p}].prices[${i}].quantity`,
          "is a usage price: give the expected quantity per billing period, or mark it rate-only to quote just the rate",
        );
      }
    });
  });
  const pricing = toPricingQuote(quote);
  if (pricing && pricing.preliminaryBillingStartDate) {
    const priced = priceParsedQuote(pricing);
    if (!priced.ok) {
      const known = new Set(problems.map((problem) => `${problem.path}\n${problem.message}`));
      problems.push(...priced.errors.filter((problem) => !known.has(`${problem.path}\n${problem.message}`)));
    }
  }
  return problems;
}
