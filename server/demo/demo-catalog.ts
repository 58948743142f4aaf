import type { CreateListPriceBody } from "@/lib/schemas/list-price";

export const demoCurrencies = ["USD", "EUR", "GBP", "JPY"] as const;
type DemoCurrency = (typeof demoCurrencies)[number];
type DemoPrice = Pick<CreateListPriceBody, "structure" | "billingFrequency" | "billingType">;
export type DemoProduct = { key: string; name: string; label: string; prices: Record<DemoCurrency, DemoPrice> };

function perCurrency<T>(
  values: Record<DemoCurrency, T>,
  build: (value: T) => DemoPrice,
): Record<DemoCurrency, DemoPrice> {
  return { USD: build(values.USD), EUR: build(values.EUR), GBP: build(values.GBP), JPY: build(values.JPY) };
}

/** Three tiers: up to `bounds[0]`, up to `bounds[1]`, then unbounded; a flat fee when the 2nd and 3rd are reached. */
function threeTiers(bounds: [string, string], prices: [string, string, string], fees: [string, string]) {
  return [
    { upperBound: bounds[0], price: prices[0], isPricePercentage: false },
    { upperBound: bounds[1], price: prices[1], fee: fees[0], isPricePercentage: false },
    { price: prices[2], fee: fees[1], isPricePercentage: false },
  ];
}

type TierValues = { prices: [string, string, string]; fees: [string, string] };

/**
 * The metrics the usage and seat prices are metered by. Sequence requires them on list prices; this app
 * does not meter usage yet, so they are fixed ids a billing system would know the metrics by.
 */
const metricIds = {
  seats: "6a0f4c1e-2d7b-4e58-9a31-0c5e8b7d2f10",
  apiCalls: "6a0f4c1e-2d7b-4e58-9a31-0c5e8b7d2f11",
  storage: "6a0f4c1e-2d7b-4e58-9a31-0c5e8b7d2f12",
  payments: "6a0f4c1e-2d7b-4e58-9a31-0c5e8b7d2f13",
  supportHours: "6a0f4c1e-2d7b-4e58-9a31-0c5e8b7d2f14",
};

/**
 * What a B2B SaaS company sells, one product per pricing structure, priced in four currencies. Prices
 * are set per currency (not converted), as a real price book is; JPY has no minor units.
 */
export const demoCatalog: DemoProduct[] = [
  {
    key: "platform",
    name: "Platform fee",
    label: "Core platform subscription, billed monthly in advance",
    prices: perCurrency({ USD: "2000.00", EUR: "1850.00", GBP: "1600.00", JPY: "300000" }, (price) => ({
      structure: { pricingType: "FIXED", price },
      billingFrequency: "MONTHLY",
      billingType: "IN_ADVANCE",
    })),
  },
  {
    key: "seats",
    name: "User seats",
    label: "Named users, with a contracted minimum of 10 seats",
    prices: perCurrency({ USD: "45.00", EUR: "42.00", GBP: "36.00", JPY: "6500" }, (pricePerSeat) => ({
      structure: {
        pricingType: "SEAT_BASED",
        seatMetricId: metricIds.seats,
        pricePerSeat,
        contractedMinimumSeats: 10,
        prorationStrategy: "USE_MAXIMUM",
        tiers: [],
      },
      billingFrequency: "MONTHLY",
      billingType: "IN_ADVANCE",
    })),
  },
  {
    key: "api-calls",
    name: "API calls",
    label: "Graduated per-call pricing, with a fee for each higher tier reached",
    prices: perCurrency<TierValues>(
      {
        USD: { prices: ["0.0020", "0.0015", "0.0010"], fees: ["100.00", "250.00"] },
        EUR: { prices: ["0.0018", "0.0014", "0.0009"], fees: ["90.00", "230.00"] },
        GBP: { prices: ["0.0016", "0.0012", "0.0008"], fees: ["80.00", "200.00"] },
        JPY: { prices: ["0.30", "0.22", "0.15"], fees: ["15000", "37000"] },
      },
      ({ prices, fees }) => ({
        structure: {
          pricingType: "GRADUATED",
          tiers: threeTiers(["100000", "1000000"], prices, fees),
          usageMetricId: metricIds.apiCalls,
          usageCalculationMode: "BILLING_PERIOD",
        },
        billingFrequency: "MONTHLY",
        billingType: "IN_ARREARS",
      }),
    ),
  },
  {
    key: "storage",
    name: "Storage",
    label: "Per GB stored; every GB at the tier the total reaches",
    prices: perCurrency<TierValues>(
      {
        USD: { prices: ["0.10", "0.08", "0.05"], fees: ["50.00", "200.00"] },
        EUR: { prices: ["0.09", "0.07", "0.045"], fees: ["45.00", "185.00"] },
        GBP: { prices: ["0.08", "0.065", "0.04"], fees: ["40.00", "160.00"] },
        JPY: { prices: ["15", "12", "7.5"], fees: ["7500", "30000"] },
      },
      ({ prices, fees }) => ({
        structure: {
          pricingType: "VOLUME",
          tiers: threeTiers(["1000", "10000"], prices, fees),
          usageMetricId: metricIds.storage,
        },
        billingFrequency: "MONTHLY",
        billingType: "IN_ARREARS",
      }),
    ),
  },
  {
    key: "payments",
    name: "Payments",
    label: "2.9 % of the payment volume processed",
    prices: perCurrency({ USD: "0.029", EUR: "0.029", GBP: "0.029", JPY: "0.029" }, (pricePerUnit) => ({
      structure: { pricingType: "LINEAR", pricePerUnit, usageMetricId: metricIds.payments, isPricePercentage: true },
      billingFrequency: "MONTHLY",
      billingType: "IN_ARREARS",
    })),
  },
  {
    key: "support",
    name: "Premium support pack",
    label: "Support hours, sold in packs of 10",
    prices: perCurrency({ USD: "1200.00", EUR: "1100.00", GBP: "950.00", JPY: "180000" }, (pricePerPackage) => ({
      structure: {
        pricingType: "PACKAGE",
        packageSize: "10",
        pricePerPackage,
        usageMetricId: metricIds.supportHours,
      },
      billingFrequency: "QUARTERLY",
      billingType: "IN_ARREARS",
    })),
  },
  {
    key: "onboarding",
    name: "Onboarding",
    label: "Implementation and training, charged once",
    prices: perCurrency({ USD: "5000.00", EUR: "4600.00", GBP: "4000.00", JPY: "750000" }, (price) => ({
      structure: { pricingType: "ONE_TIME", price },
      billingFrequency: "ONE_TIME",
      billingType: "IN_ADVANCE",
    })),
  },
];
