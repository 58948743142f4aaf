import { minorUnitsOf, type CurrencyCode } from "@/lib/money/currencies";
import { formatAmount } from "@/lib/money/format-amount";

/** Building an Intl.NumberFormat costs far more than using one; a page of totals formats hundreds of amounts. */
const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: CurrencyCode, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ""}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    const digits = minorUnitsOf(currency);
    format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * An amount for people to read: "$1,234.50", "1.234,50 €", "¥1,235". The amount is rounded with our
 * rule first and handed to Intl as a string, so Intl neither rounds it again nor passes it through a
 * binary float (which would lose digits above 2^53). The digits come from our ISO 4217 table, not
 * Intl's, so the display always matches the priced amount (CLF shows 4 decimals everywhere).
 */
export function formatMoney(amount: string, currency: CurrencyCode, locale?: string): string {
  return currencyFormat(currency, locale).format(formatAmount(amount, currency) as Intl.StringNumericLiteral);
}
