/**
 * Exact `a × b ÷ c` on non-negative safe integers (amounts in minor units), for the per-period work
 * the engine does after each line has been rounded once. Plain numbers are exact while `a × b` stays
 * within 2^53 (`%` on floats is exact, and so is dividing a multiple of `c` by `c`); above that the
 * product is taken as a BigInt, so a large quote is slower but never wrong.
 */

/** `a × b ÷ c` rounded down, and the remainder (below `c`). `c` is a positive integer. */
export function mulDivFloor(a: number, b: number, c: number): { quotient: number; remainder: number } {
  const product = a * b;
  if (product <= Number.MAX_SAFE_INTEGER) {
    const remainder = product % c;
    return { quotient: (product - remainder) / c, remainder };
  }
  const big = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  return { quotient: Number(big / divisor), remainder: Number(big % divisor) };
}

/** `a × b ÷ c` rounded half away from zero (half up, as every operand is non-negative). */
export function mulDivRound(a: number, b: number, c: number): number {
  const { quotient, remainder } = mulDivFloor(a, b, c);
  return remainder * 2 >= c ? quotient + 1 : quotient;
}
