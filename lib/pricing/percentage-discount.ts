import { mulDivRound } from "@/lib/money/integer-ratio";
import type { LineWork } from "@/lib/pricing/line-work";

/** "12.5" % as the exact fraction 125 / 1000: at most 3 + 12 digits each way, so both are safe integers. */
function percentAsFraction(percent: string): { numerator: number; denominator: number } {
  const [whole = "0", fraction = ""] = percent.split(".");
  return { numerator: Number(whole + fraction), denominator: 100 * 10 ** fraction.length };
}

/**
 * Takes `percent` % (0–100) off each period of each covered line, from what earlier discounts left,
 * rounded half away from zero once per line and period (design details 5 and 11). Returns the units
 * taken off.
 */
export function applyPercentageDiscount(
  lines: readonly LineWork[],
  covered: readonly number[],
  percent: string,
): number {
  const { numerator, denominator } = percentAsFraction(percent);
  let total = 0;
  for (const index of covered) {
    const line = lines[index];
    if (!line) continue;
    const { net } = line;
    // Full periods repeat the same net amount, so the last cut is usually the next one.
    let lastNet = -1;
    let lastCut = 0;
    for (let p = 0; p < net.length; p += 1) {
      const before = net[p] ?? 0;
      if (before !== lastNet) {
        lastNet = before;
        lastCut = mulDivRound(before, numerator, denominator);
      }
      net[p] = before - lastCut;
      total += lastCut;
    }
  }
  return total;
}
