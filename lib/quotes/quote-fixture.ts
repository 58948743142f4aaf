import { quoteSchema, type Quote } from "@/lib/schemas/quote";

/**
 * For the conversion tests: a quote as `GET /api/quotes/{id}` returns it, two phases with a seat
 * price, a graduated usage price, a discount and a minimum. Not used by the app.
 */
export const SEATS = "0f8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f60";
export const CALLS = "1f8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f61";
const PRODUCT = "2f8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f62";
const at = { createdAt: "2026-01-05T10:00:00.000Z", updatedAt: "2026-01-05T10:00:00.000Z" };

const seats = {
  id: SEATS,
  productId: PRODUCT,
  listPriceId: "3f8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f63",
  name: "User seats",
  structure: {
    pricingType: "SEAT_BASED",
    pricePerSeat: "45.00",
    contractedMinimumSeats: 10,
    prorationStrategy: "USE_MAXIMUM",
    tiers: [],
  },
  billingFrequency: "MONTHLY",
  billingType: "IN_ADVANCE",
  quantity: "25",
  integrationIds: [],
  customMetricParameters: [],
  ...at,
};

const calls = {
  id: CALLS,
  productId: PRODUCT,
  name: "API calls",
  structure: {
    pricingType: "GRADUATED",
    usageCalculationMode: "BILLING_PERIOD",
    tiers: [
      { upperBound: "100000", price: "0.0020", isPricePercentage: false },
      { upperBound: "1000000", price: "0.0015", fee: "100.00", isPricePercentage: false },
      { upperBound: null, price: "0.0010", fee: "250.00", isPricePercentage: false },
    ],
  },
  billingFrequency: "MONTHLY",
  billingType: "IN_ARREARS",
  rateOnly: true,
  integrationIds: [],
  customMetricParameters: [],
  ...at,
};

export function quoteFixture(): Quote {
  return quoteSchema.parse({
    id: "4f8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f64",
    createdBy: "5f8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f65",
    customerId: "6f8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f66",
    title: "Northwind 2027",
    currency: "USD",
    presentation: [],
    status: "DRAFT",
    dealType: "NEW_BUSINESS",
    preliminaryBillingStartDate: "2027-01-01",
    expiryDays: 30,
    ...at,
    phases: [
      {
        id: "7f8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f67",
        createdAt: at.createdAt,
        name: "Year 1",
        duration: { years: 1, months: 0, weeks: 0, days: 0 },
        prices: [seats, calls],
        discounts: [
          {
            id: "8f8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f68",
            restrictToPrices: [SEATS],
            amount: "10",
            discountCalculationType: "PERCENTAGE",
            message: "Launch discount",
            ...at,
          },
        ],
        minimums: [{ id: "9f8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f69", amount: "500.00", restrictToPrices: [CALLS], ...at }],
      },
      {
        id: "af8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f6a",
        createdAt: at.createdAt,
        prices: [],
        discounts: [],
        minimums: [],
      },
    ],
    contactIds: ["bf8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f6b"],
    contacts: [
      { contactId: "bf8c8a52-7d1e-4c1b-9d55-1b2c3d4e5f6b", name: "Dana Whitfield", email: "ap@northwind.example" },
    ],
    isSignaturesEnabled: false,
    isExpired: false,
    version: 4,
    salesforceOpportunityId: "006000000000001AAA",
    integrationIds: [],
  });
}
