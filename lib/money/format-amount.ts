import { minorUnitsOf, type CurrencyCode } from "@/lib/money/currencies";
import { ExactDecimal, type DecimalValue } from "@/lib/money/exact-decimal";

/** An amount as the API writes it: rounded half away from zero, exactly the currency's minor digits. */
export function formatAmount(amount: DecimalValue, currency: CurrencyCode): string {
  return new ExactDecimal(amount).toFixed(minorUnitsOf(currency), ExactDecimal.ROUND_HALF_UP);
}
