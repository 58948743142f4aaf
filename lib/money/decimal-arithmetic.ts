import { ExactDecimal } from "@/lib/money/exact-decimal";
import type { ExactArithmetic } from "@/lib/money/exact-arithmetic";
import { ratioToMinorUnits, toMinorUnits } from "@/lib/money/round-half-away";

/** The reference arithmetic: decimal.js at 100 digits, exact for any input the schemas accept. */
export const decimalArithmetic: ExactArithmetic<ExactDecimal> = {
  parse: (text) => new ExactDecimal(text),
  fromInteger: (value) => new ExactDecimal(value),
  add: (a, b) => a.plus(b),
  subtract: (a, b) => a.minus(b),
  multiply: (a, b) => a.times(b),
  hundredth: (a) => a.dividedBy(100),
  compare: (a, b) => a.comparedTo(b),
  ceilDivide: (a, b) => a.dividedBy(b).ceil(),
  toMinorUnits: (a, digits) => toMinorUnits(a, digits),
  prorateToMinorUnits: (a, days, fullDays, digits) => ratioToMinorUnits(a.times(days), fullDays, digits),
  toText: (a) => a.toString(),
};
