/** All it needs of a quote (API response or form values): the names of phases and prices. */
type QuotePhaseNames = { name?: string | undefined; prices: readonly { name: string }[] };

const fieldLabels: Record<string, string> = {
  title: "Title",
  customerId: "Customer",
  currency: "Currency",
  dealType: "Deal type",
  preliminaryBillingStartDate: "Billing start date",
  expiryDays: "Days to accept",
  contactIds: "Recipients",
  phases: "Phases",
  prices: "Prices",
  discounts: "Discounts",
  minimums: "Minimums",
  duration: "Duration",
  quantity: "Expected quantity",
  restrictToPrices: "Applies to",
  amount: "Amount",
  structure: "Pricing",
  tiers: "Tiers",
  upperBound: "Upper bound",
  price: "Price",
  pricePerUnit: "Price per unit",
  pricePerSeat: "Price per seat",
  pricePerPackage: "Price per package",
  packageSize: "Package size",
  contractedMinimumSeats: "Contracted minimum seats",
  billingFrequency: "Billing frequency",
  billingType: "Billing type",
  productId: "Product",
  listPriceId: "List price",
};

const words = (key: string) => fieldLabels[key] ?? key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/**
 * Where a problem is, in the words the builder uses: `phases[0].prices[2].quantity` reads
 * "Phase 1 › Price 3 › Expected quantity", and with the quote at hand (whose third price is "API
 * calls") "Phase 1 › Price 3 “API calls” › Expected quantity". Positions count from 1.
 */
export function describeFieldPath(path: string, quote?: { phases: readonly QuotePhaseNames[] }): string {
  const segments = [...path.matchAll(/([A-Za-z_]+)|\[(\d+)\]/g)].map((match) =>
    match[1] !== undefined ? match[1] : Number(match[2]),
  );
  const parts: string[] = [];
  let phase: QuotePhaseNames | undefined;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    const next = segments[index + 1];
    if (segment === undefined || typeof segment === "number") continue;
    if (typeof next !== "number") {
      parts.push(words(segment));
      continue;
    }
    if (segment === "phases") {
      phase = quote?.phases[next];
      parts.push(`Phase ${next + 1}${phase?.name ? ` “${phase.name}”` : ""}`);
    } else if (segment === "prices") {
      const name = phase?.prices[next]?.name;
      parts.push(`Price ${next + 1}${name ? ` “${name}”` : ""}`);
    } else if (segment === "discounts") parts.push(`Discount ${next + 1}`);
    else if (segment === "minimums") parts.push(`Minimum ${next + 1}`);
    else if (segment === "tiers") parts.push(`Tier ${next + 1}`);
    else parts.push(`${words(segment)} (entry ${next + 1})`);
  }
  return parts.join(" › ");
}
