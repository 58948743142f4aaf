import { describe, expect, it } from "vitest";
import { formatAmount } from "@/lib/money/format-amount";
import { formatMoney } from "@/lib/money/format-money";

describe("formatAmount", () => {
  it.each([
    ["12.5", "USD", "12.50"],
    ["1234.5", "JPY", "1235"],
    ["1.2345", "KWD", "1.235"],
    ["7", "CLF", "7.0000"],
    ["-0.005", "EUR", "-0.01"],
  ] as const)("%s %s is %s", (amount, currency, expected) => {
    expect(formatAmount(amount, currency)).toBe(expected);
  });
});

describe("formatMoney", () => {
  // Intl separates a currency code or a trailing symbol with a no-break space.
  it("formats with the locale's symbols and the currency's minor digits", () => {
    expect(formatMoney("1234.5", "USD", "en-US")).toBe("$1,234.50");
    expect(formatMoney("1234.5", "JPY", "en-US")).toBe("¥1,235");
    expect(formatMoney("1.2345", "KWD", "en-US")).toBe("KWD\u00a01.235");
    expect(formatMoney("1.5", "CLF", "en-US")).toBe("CLF\u00a01.5000");
    expect(formatMoney("1234.5", "EUR", "de-DE")).toBe("1.234,50\u00a0€");
  });

  it("keeps every digit of amounts beyond a float's precision", () => {
    expect(formatMoney("12345678901234567.895", "USD", "en-US")).toBe("$12,345,678,901,234,567.90");
  });
});
