import { mulDivFloor } from "@/lib/money/integer-ratio";

/**
 * Splits `total` minor units over `weights` in proportion to them: each share is rounded down, and
 * the units left over go one each to the largest remainders, ties to the earlier weight (design
 * detail 5). The shares add up to `total`. With `total` at most the sum of the weights, no share
 * exceeds its weight. The weights must not all be zero.
 */
export function spreadByLargestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares: number[] = [];
  const remainders: number[] = [];
  let given = 0;
  for (const weight of weights) {
    const { quotient, remainder } = mulDivFloor(total, weight, sum);
    shares.push(quotient);
    remainders.push(remainder);
    given += quotient;
  }
  const leftOver = total - given;
  if (leftOver > 0) {
    const order = weights.map((_, index) => index);
    order.sort((a, b) => (remainders[b] ?? 0) - (remainders[a] ?? 0) || a - b);
    for (const index of order.slice(0, leftOver)) shares[index] = (shares[index] ?? 0) + 1;
  }
  return shares;
}
