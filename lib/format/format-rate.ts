/**
 * A unit rate as written in the catalog, in the currency's symbol, without rounding it to the
 * currency's minor units: "$0.0015" per call must not show as "$0.00".
 */
export function formatRate(value: string, currency: string, locale = "en-US"): string {
  const decimals = value.includes(".") ? (value.split(".")[1]?.length ?? 0) : 0;
  const minor =
    new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions().minimumFractionDigits ?? 2;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: Math.max(minor, Math.min(decimals, 12)),
    maximumFractionDigits: Math.max(minor, Math.min(decimals, 12)),
  }).format(value as `${number}`);
}
