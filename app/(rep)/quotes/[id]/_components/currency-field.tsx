"use client";

import { currencyMinorUnits } from "@/lib/money/currencies";
import { SelectField } from "./select-field";
import { useHasLines } from "./use-has-lines";

const currencies = Object.keys(currencyMinorUnits).map((code) => ({ value: code, label: code }));

/**
 * Lines are copied from list prices in the quote's currency, so the currency is fixed once there are
 * lines: changing it would leave USD amounts on a EUR quote.
 */
export function CurrencyField({ className }: { className?: string }) {
  const hasLines = useHasLines();
  return (
    <SelectField
      name="currency"
      label="Currency"
      options={currencies}
      placeholder="Choose…"
      disabled={hasLines}
      hint={hasLines ? "Fixed while the quote has prices; remove them to change it." : undefined}
      className={className}
    />
  );
}
