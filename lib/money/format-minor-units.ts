/**
 * A whole number of minor units written as a decimal string with exactly `digits` decimals:
 * (12345, 2) → "123.45", (5, 3) → "0.005", (7, 0) → "7". Pure integer arithmetic, because the
 * engine formats every period of every line and this is on its hot path.
 */
export function formatMinorUnits(units: number, digits: number): string {
  if (digits === 0) return String(units);
  const negative = units < 0;
  const text = String(negative ? -units : units).padStart(digits + 1, "0");
  const cut = text.length - digits;
  return `${negative ? "-" : ""}${text.slice(0, cut)}.${text.slice(cut)}`;
}
