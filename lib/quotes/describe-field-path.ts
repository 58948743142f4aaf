const collections: Record<string, string> = {
  phases: "Phase",
  prices: "line",
  discounts: "discount",
  minimums: "minimum",
  tiers: "tier",
  contactIds: "recipient",
  restrictToPrices: "price",
};

const fields: Record<string, string> = {
  customerId: "customer",
  dealType: "deal type",
  preliminaryBillingStartDate: "start date",
  expiryDays: "expiry (days)",
  contactIds: "recipients",
  restrictToPrices: "prices it applies to",
  contractedMinimumSeats: "minimum seats",
  upperBound: "upper bound",
  fee: "flat fee",
  temporaryId: "line id",
};

const words = (name: string) => fields[name] ?? name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);

/**
 * An API path as a rep reads it: `phases[0].prices[1].structure.tiers[2].upperBound` is
 * "Phase 1, line 2, tier 3, upper bound". Positions count from 1; `structure` is no word of theirs.
 */
export function describeFieldPath(path: string): string {
  const parts: string[] = [];
  for (const segment of path.split(".")) {
    const match = /^([A-Za-z]+)((?:\[\d+\])*)$/.exec(segment);
    if (!match) {
      parts.push(segment);
      continue;
    }
    const [, name = "", indexText = ""] = match;
    const index = /\[(\d+)\]/.exec(indexText)?.[1];
    if (index !== undefined) parts.push(`${collections[name] ?? words(name)} ${Number(index) + 1}`);
    else if (name !== "structure") parts.push(words(name));
  }
  const text = parts.join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
