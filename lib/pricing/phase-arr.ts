import { mulDivRound } from "@/lib/money/integer-ratio";
import type { PhaseSpan } from "@/lib/pricing/phase-spans";

/**
 * A phase's ARR (design detail 7): its net recurring amount × 12 ÷ its months when it is whole
 * months, else × 365 ÷ its days, rounded half away from zero once.
 */
export function phaseArr(recurringNet: number, span: PhaseSpan): number {
  return span.months !== null ? mulDivRound(recurringNet, 12, span.months) : mulDivRound(recurringNet, 365, span.days);
}
