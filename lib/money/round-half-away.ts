import { ExactDecimal, type DecimalValue } from "@/lib/money/exact-decimal";

/** Rounds half away from zero to `digits` decimal places: 0.125 → 0.13, −0.125 → −0.13. */
export function roundHalfAway(amount: DecimalValue, digits: number): ExactDecimal {
  return new ExactDecimal(amount).toDecimalPlaces(digits, ExactDecimal.ROUND_HALF_UP);
}

/** The amount as a whole number of minor units (cents for 2 digits), rounded half away from zero. */
export function toMinorUnits(amount: DecimalValue, digits: number): number {
  return new ExactDecimal(amount)
    .times(10 ** digits)
    .toDecimalPlaces(0, ExactDecimal.ROUND_HALF_UP)
    .toNumber();
}

/**
 * `numerator ÷ denominator` in minor units, rounded half away from zero without ever rounding the
 * quotient first: the integer part and the exact remainder decide the rounding, so a prorated
 * amount such as 100 × 17 ÷ 31 is rounded exactly once. `denominator` is a positive integer.
 */
export function ratioToMinorUnits(numerator: DecimalValue, denominator: number, digits: number): number {
  const scaled = new ExactDecimal(numerator).times(10 ** digits);
  const magnitude = scaled.abs();
  const whole = magnitude.dividedToIntegerBy(denominator);
  const remainder = magnitude.minus(whole.times(denominator));
  const rounded = remainder.times(2).gte(denominator) ? whole.plus(1) : whole;
  return (scaled.isNegative() ? rounded.negated() : rounded).toNumber();
}
