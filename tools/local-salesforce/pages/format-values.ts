import type { FieldValue, StoredRecord } from "@/tools/local-salesforce/store/org-state";

/**
 * An amount in its currency, with at least the currency's decimals and more when the stored value
 * has them (unit prices such as 0.0025 per event keep their digits).
 */
export function formatMoney(
  amount: FieldValue | undefined,
  currency: FieldValue | undefined,
  decimals: number,
): string {
  if (typeof amount !== "number") return "—";
  const code = typeof currency === "string" && currency ? currency : "USD";
  try {
    return new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: code,
      minimumFractionDigits: decimals,
      maximumFractionDigits: Math.max(decimals, 8),
    }).format(amount);
  } catch {
    return `${code} ${amount}`;
  }
}

export function text(value: FieldValue | undefined): string {
  return value === null || value === undefined || value === "" ? "—" : String(value);
}

export function address(record: StoredRecord | undefined, prefix: "Billing" | "Mailing"): string[] {
  if (!record) return [];
  return ["Street", "City", "State", "PostalCode", "Country"].map((part) => {
    const value = record[`${prefix}${part}`];
    return `${part === "PostalCode" ? "Postcode" : part}: ${text(value)}`;
  });
}
