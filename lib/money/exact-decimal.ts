import Decimal from "decimal.js";

/**
 * The Decimal every money calculation uses. Inputs are at most 18 integer and 12 fractional digits,
 * so a product of two (or a tier's units × price) has at most 60 significant digits: a precision of
 * 100 keeps every sum and product exact, and only an explicit rounding step ever loses a digit.
 * `ROUND_HALF_UP` in decimal.js rounds ties away from zero, which is the rule for money here.
 */
export const ExactDecimal = Decimal.clone({
  precision: 100,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
});

export type ExactDecimal = Decimal;

/** A string, number, bigint or Decimal: anything `new ExactDecimal(…)` accepts. */
export type DecimalValue = Decimal.Value;
