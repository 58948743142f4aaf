import type { UpdateQuoteBody } from "@/lib/schemas/quote";

/** A temporaryId for test prices: a valid UUID that says which price it is. */
export const priceKey = (phase: number, index: number) =>
  `00000000-0000-4000-8000-${String(phase).padStart(4, "0")}${String(index).padStart(8, "0")}`;

/**
 * A quote body that can be published: a customer, a title, USD, a start date, and `phases` phases of
 * `pricesPerPhase` prices (a fixed platform fee, then usage lines with an expected quantity), with a
 * discount and a minimum on each phase. With `pricesPerPhase` large it makes the big quotes of the
 * sync benchmark and the 500-record split.
 */
export function publishableQuote({
  productId,
  customerId,
  title = "Platform renewal",
  phases = 2,
  pricesPerPhase = 3,
  currency = "USD",
}: {
  productId: string;
  customerId: string;
  title?: string;
  phases?: number;
  pricesPerPhase?: number;
  currency?: UpdateQuoteBody["currency"];
}): UpdateQuoteBody {
  return {
    customerId,
    title,
    currency,
    dealType: "NEW_BUSINESS",
    preliminaryBillingStartDate: "2027-01-01",
    expiryDays: 30,
    presentation: [],
    contactIds: [],
    phases: Array.from({ length: phases }, (_, p) => ({
      name: `Year ${p + 1}`,
      duration: { years: 1, months: 0, weeks: 0, days: 0 },
      prices: Array.from({ length: pricesPerPhase }, (_, i) =>
        i === 0
          ? {
              temporaryId: priceKey(p, i),
              productId,
              name: "Platform fee",
              structure: { pricingType: "FIXED" as const, price: `${1000 + p * 100}.00` },
              billingFrequency: "MONTHLY" as const,
              billingType: "IN_ADVANCE" as const,
              integrationIds: [],
              customMetricParameters: [],
            }
          : {
              temporaryId: priceKey(p, i),
              productId,
              name: `API calls ${i}`,
              structure: { pricingType: "LINEAR" as const, pricePerUnit: "0.002", isPricePercentage: false },
              billingFrequency: "MONTHLY" as const,
              billingType: "IN_ARREARS" as const,
              quantity: String(100_000 * i),
              integrationIds: [],
              customMetricParameters: [],
            },
      ),
      discounts: [
        { restrictToPrices: [priceKey(p, 0)], type: "PERCENTAGE" as const, amount: "10", message: "Launch discount" },
      ],
      minimums: pricesPerPhase > 1 ? [{ restrictToPrices: [priceKey(p, 1)], amount: "150.00" }] : [],
    })),
  };
}
