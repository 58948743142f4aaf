/**
 * The arithmetic a price's charge needs, over some exact representation of non-negative decimals.
 * The pricing engine computes each charge with safe integers first (fast, allocation-light) and
 * with decimal.js when a value outgrows them; both give the same, exact result.
 */
export type ExactArithmetic<T> = {
  /** A non-negative decimal string as the schemas accept it ("12.50"). */
  parse(text: string): T;
  fromInteger(value: number): T;
  add(a: T, b: T): T;
  subtract(a: T, b: T): T;
  multiply(a: T, b: T): T;
  /** `a ÷ 100`: a price in percent applied to a money amount. */
  hundredth(a: T): T;
  compare(a: T, b: T): number;
  /** `⌈a ÷ b⌉` for positive `b`. */
  ceilDivide(a: T, b: T): T;
  /** Rounded half away from zero to whole minor units (cents for 2 digits). */
  toMinorUnits(a: T, digits: number): number;
  /** `a × days ÷ fullDays`, rounded once, half away from zero, to whole minor units. */
  prorateToMinorUnits(a: T, days: number, fullDays: number, digits: number): number;
  /** Plain decimal notation without trailing zeros: "125", "0.5". */
  toText(a: T): string;
};
