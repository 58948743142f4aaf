const POWERS = [1, 10, 100, 1000, 10000];

/** "00" … "99" and the like, built on first use: the fraction is a lookup, not a string operation. */
const fractionTexts: string[][] = [];

function fractionText(fraction: number, digits: number): string {
  let texts = fractionTexts[digits];
  if (!texts) {
    texts = Array.from({ length: 10 ** digits }, (_, i) => String(i).padStart(digits, "0"));
    fractionTexts[digits] = texts;
  }
  return texts[fraction] ?? String(fraction).padStart(digits, "0");
}

/**
 * A whole number of minor units written as a decimal string with exactly `digits` decimals:
 * (12345, 2) → "123.45", (5, 3) → "0.005", (7, 0) → "7". Integer arithmetic and a table lookup,
 * because the engine writes every total and period of every line through it.
 */
export function formatMinorUnits(units: number, digits: number): string {
  if (digits === 0) return String(units);
  const negative = units < 0;
  const magnitude = negative ? -units : units;
  const scale = POWERS[digits] ?? 10 ** digits;
  const fraction = magnitude % scale;
  const whole = (magnitude - fraction) / scale;
  return `${negative ? "-" : ""}${whole}.${fractionText(fraction, digits)}`;
}
