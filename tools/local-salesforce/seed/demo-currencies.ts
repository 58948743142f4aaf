export interface DemoCurrency {
  number: number;
  isoCode: string;
  conversionRate: number;
  decimalPlaces: number;
  isActive: boolean;
  isCorporate: boolean;
}

/** The org's currencies: USD is the corporate currency; CHF exists but is inactive. */
export const demoCurrencies: readonly DemoCurrency[] = [
  { number: 91, isoCode: "USD", conversionRate: 1, decimalPlaces: 2, isActive: true, isCorporate: true },
  { number: 92, isoCode: "EUR", conversionRate: 0.92, decimalPlaces: 2, isActive: true, isCorporate: false },
  { number: 93, isoCode: "GBP", conversionRate: 0.79, decimalPlaces: 2, isActive: true, isCorporate: false },
  { number: 94, isoCode: "JPY", conversionRate: 151.5, decimalPlaces: 0, isActive: true, isCorporate: false },
  { number: 95, isoCode: "CAD", conversionRate: 1.36, decimalPlaces: 2, isActive: true, isCorporate: false },
  { number: 96, isoCode: "CHF", conversionRate: 0.88, decimalPlaces: 2, isActive: false, isCorporate: false },
];

export function activeCurrencyCodes(): string[] {
  return demoCurrencies.filter((currency) => currency.isActive).map((currency) => currency.isoCode);
}
