import type { ExactArithmetic } from "@/lib/money/exact-arithmetic";

/** `units ÷ 10^scale`, with `units` a non-negative safe integer and no trailing zero in it when scale > 0. */
export type Scaled = { readonly units: number; readonly scale: number };

/** Thrown when a value or an intermediate result would leave the safe integers: use decimalArithmetic. */
export class OutsideSafeIntegers extends Error {
  constructor() {
    super("a value outgrew the safe integers");
  }
}

const OUTSIDE = new OutsideSafeIntegers();
const MAX = Number.MAX_SAFE_INTEGER;
/** Powers of ten are exact as doubles up to 10^22. */
const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

function power(k: number): number {
  const value = POWERS[k];
  if (value === undefined) throw OUTSIDE;
  return value;
}

function safe(value: number): number {
  // A product or sum above 2^53 comes out of the float unit at 2^53 or more, so this catches it.
  if (value > MAX) throw OUTSIDE;
  return value;
}

function scaled(units: number, scale: number): Scaled {
  let u = units;
  let s = scale;
  while (s > 0 && u % 10 === 0) {
    u /= 10;
    s -= 1;
  }
  return { units: u, scale: s };
}

/** `units × 10^by`, which must stay safe. */
function scaleUp(units: number, by: number): number {
  return by === 0 ? units : safe(units * power(by));
}

/** `numerator ÷ denominator` rounded half up (all operands are non-negative integers), exactly. */
function roundedQuotient(numerator: number, denominator: number): number {
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

/**
 * Exact decimal arithmetic on safe integers and a decimal scale: no allocation beyond a small object,
 * no rounding anywhere (every result is exact or the call throws `OutsideSafeIntegers`).
 */
export const safeIntegerArithmetic: ExactArithmetic<Scaled> = {
  parse(text) {
    // Digit by digit, without intermediate strings: the engine parses every price of every quote.
    let units = 0;
    let scale = -1;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 46 && scale === -1) {
        scale = 0;
        continue;
      }
      const digit = code - 48;
      if (digit < 0 || digit > 9) throw OUTSIDE;
      units = safe(units * 10 + digit);
      if (scale !== -1) scale += 1;
    }
    return scaled(units, Math.max(scale, 0));
  },
  fromInteger: (value) => ({ units: safe(value), scale: 0 }),
  add(a, b) {
    const scale = Math.max(a.scale, b.scale);
    return scaled(safe(scaleUp(a.units, scale - a.scale) + scaleUp(b.units, scale - b.scale)), scale);
  },
  subtract(a, b) {
    const scale = Math.max(a.scale, b.scale);
    const difference = scaleUp(a.units, scale - a.scale) - scaleUp(b.units, scale - b.scale);
    if (difference < 0) throw OUTSIDE;
    return scaled(difference, scale);
  },
  multiply: (a, b) => scaled(safe(a.units * b.units), a.scale + b.scale),
  hundredth: (a) => scaled(a.units, a.scale + 2),
  compare(a, b) {
    const scale = Math.max(a.scale, b.scale);
    const x = scaleUp(a.units, scale - a.scale);
    const y = scaleUp(b.units, scale - b.scale);
    return x < y ? -1 : x > y ? 1 : 0;
  },
  ceilDivide(a, b) {
    const scale = Math.max(a.scale, b.scale);
    const x = scaleUp(a.units, scale - a.scale);
    const y = scaleUp(b.units, scale - b.scale);
    const remainder = x % y;
    return { units: (x - remainder) / y + (remainder > 0 ? 1 : 0), scale: 0 };
  },
  toMinorUnits(a, digits) {
    if (a.scale <= digits) return safe(a.units * power(digits - a.scale));
    return roundedQuotient(a.units, power(a.scale - digits));
  },
  prorateToMinorUnits(a, days, fullDays, digits) {
    const numerator = safe(a.units * days);
    if (a.scale <= digits) return roundedQuotient(safe(numerator * power(digits - a.scale)), fullDays);
    return roundedQuotient(numerator, safe(fullDays * power(a.scale - digits)));
  },
  toText({ units, scale }) {
    if (scale === 0) return String(units);
    const text = String(units).padStart(scale + 1, "0");
    return `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  },
};
