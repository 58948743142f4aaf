/**
 * The request example of PUT /quotes/{id} in Sequence's 2024-05-09 spec (the last one that documented
 * quotes), verbatim. Its seven prices share one temporaryId, as printed in the spec.
 */
export function specQuoteExample(ids: { productId: string; customerId: string; contactId: string }) {
  const envelope = (structure: Record<string, unknown>) => ({
    temporaryId: "5100e884-e007-4183-8355-4771865cb4d7",
    productId: ids.productId,
    name: "Sample product",
    structure,
    billingFrequency: "MONTHLY",
    billingType: "IN_ARREARS",
    integrationIds: [{ service: "Xero", id: "123" }],
    customMetricParameters: [{ parameterId: "2963e49a-c8e0-4673-89f5-7a805c0faf14", value: "10" }],
  });
  const tiers = [
    { upperBound: "200", price: "1.00", fee: "50.00", isPricePercentage: false },
    { upperBound: "400", price: "0.75", fee: "25.00", isPricePercentage: false },
    { price: "0.50", fee: "0.00", isPricePercentage: false },
  ];
  const metric = "04c62961-04ba-48e6-b985-758bb7d3e712";
  return {
    customerId: ids.customerId,
    title: "My quote",
    currency: "GBP",
    presentation: [],
    dealType: "NEW_BUSINESS",
    preliminaryBillingStartDate: "2022-10-01",
    expiryDays: 30,
    phases: [
      {
        prices: [
          envelope({ pricingType: "ONE_TIME", price: "150.00" }),
          envelope({ pricingType: "FIXED", price: "20.00" }),
          envelope({ pricingType: "LINEAR", pricePerUnit: "0.25", usageMetricId: metric, isPricePercentage: false }),
          envelope({
            pricingType: "SEAT_BASED",
            seatMetricId: "bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730",
            pricePerSeat: "0.25",
            prorationStrategy: "USE_MAXIMUM",
            contractedMinimumSeats: 10,
            overagesBillingFrequency: "YEARLY",
            tiers: [
              { upperBound: "100", price: "1.00", fee: "50.00" },
              { price: "0.75", fee: "25.00" },
            ],
            prorateFlatFees: false,
          }),
          envelope({ pricingType: "GRADUATED", tiers, usageMetricId: metric, usageCalculationMode: "BILLING_PERIOD" }),
          envelope({
            pricingType: "VOLUME",
            tiers: [
              {
                upperBound: "100",
                price: "1.00",
                fee: "50.00",
                isPricePercentage: true,
                maxPrice: "10",
                minPrice: "5",
              },
              { price: "0.75", fee: "25.00", isPricePercentage: true, maxPrice: "10", minPrice: "5" },
            ],
            usageMetricId: metric,
          }),
          envelope({ pricingType: "PACKAGE", packageSize: "50", pricePerPackage: "2.00", usageMetricId: metric }),
        ],
        duration: { days: 0, weeks: 0, months: 6, years: 1 },
        discounts: [
          {
            restrictToPrices: ["5100e884-e007-4183-8355-4771865cb4d7"],
            type: "PERCENTAGE",
            amount: "50",
            message: "message",
          },
        ],
        minimums: [{ restrictToPrices: ["5100e884-e007-4183-8355-4771865cb4d7"], amount: "50" }],
      },
    ],
    contactIds: [ids.contactId],
  };
}
