import { formatMoney } from "@/lib/money/format-money";
import { currencySchema } from "@/lib/schemas/primitives";

/** An amount with its currency for reading; a currency we do not know is shown as its code. */
export function displayMoney(amount: string, currency: string | null | undefined): string {
  const known = currencySchema.safeParse(currency);
  return known.success ? formatMoney(amount, known.data) : `${amount}${currency ? ` ${currency}` : ""}`;
}
