// The seven request examples of POST /list-prices in Sequence's 2024-07-30 OpenAPI spec, verbatim.
export const listPriceRequestExamples = {
  GraduatedListPriceRequest: {
    productId: "d07037d5-3e31-4c3a-a360-e58555e2bf44",
    name: "Sample product",
    currency: "GBP",
    structure: {
      tiers: [
        {
          upperBound: "200",
          price: "1.00",
          fee: "50.00",
          isPricePercentage: false,
        },
        {
          upperBound: "400",
          price: "0.75",
          fee: "25.00",
          isPricePercentage: false,
        },
        {
          price: "0.50",
          fee: "0.00",
          isPricePercentage: false,
        },
      ],
      usageMetricId: "04c62961-04ba-48e6-b985-758bb7d3e712",
      usageCalculationMode: "BILLING_PERIOD",
      pricingType: "GRADUATED",
    },
    billingFrequency: "MONTHLY",
    billingType: "IN_ARREARS",
    integrationIds: [
      {
        service: "Xero",
        id: "123",
      },
    ],
    customMetricParameters: [
      {
        parameterId: "94703530-1293-479b-bd37-ccad42fd9c8b",
        value: "10",
      },
    ],
    usageCalculationPeriod: {
      frequency: "QUARTERLY",
      interval: 1,
    },
  },
  VolumeListPriceRequest: {
    productId: "d07037d5-3e31-4c3a-a360-e58555e2bf44",
    name: "Sample product",
    currency: "GBP",
    structure: {
      tiers: [
        {
          upperBound: "100",
          price: "1.00",
          fee: "50.00",
          isPricePercentage: true,
          maxPrice: "10",
          minPrice: "5",
        },
        {
          price: "0.75",
          fee: "25.00",
          isPricePercentage: true,
          maxPrice: "10",
          minPrice: "5",
        },
      ],
      usageMetricId: "04c62961-04ba-48e6-b985-758bb7d3e712",
      pricingType: "VOLUME",
    },
    billingFrequency: "MONTHLY",
    billingType: "IN_ARREARS",
    integrationIds: [
      {
        service: "Xero",
        id: "123",
      },
    ],
    customMetricParameters: [
      {
        parameterId: "94703530-1293-479b-bd37-ccad42fd9c8b",
        value: "10",
      },
    ],
  },
  SeatBasedListPriceRequest: {
    productId: "d07037d5-3e31-4c3a-a360-e58555e2bf44",
    name: "Sample product",
    currency: "GBP",
    structure: {
      seatMetricId: "bc61d4b8-e9d6-4f4a-9bcf-f5dae874c730",
      pricePerSeat: "0.25",
      prorationStrategy: "USE_MAXIMUM",
      contractedMinimumSeats: 10,
      overagesBillingFrequency: "YEARLY",
      tiers: [
        {
          upperBound: "100",
          price: "1.00",
          fee: "50.00",
        },
        {
          price: "0.75",
          fee: "25.00",
        },
      ],
      prorateFlatFees: false,
      pricingType: "SEAT_BASED",
    },
    billingFrequency: "MONTHLY",
    billingType: "IN_ARREARS",
    integrationIds: [
      {
        service: "Xero",
        id: "123",
      },
    ],
    customMetricParameters: [
      {
        parameterId: "94703530-1293-479b-bd37-ccad42fd9c8b",
        value: "10",
      },
    ],
  },
  PackageListPriceRequest: {
    productId: "d07037d5-3e31-4c3a-a360-e58555e2bf44",
    name: "Sample product",
    currency: "GBP",
    structure: {
      packageSize: "50",
      pricePerPackage: "2.00",
      usageMetricId: "04c62961-04ba-48e6-b985-758bb7d3e712",
      pricingType: "PACKAGE",
    },
    billingFrequency: "MONTHLY",
    billingType: "IN_ARREARS",
    integrationIds: [
      {
        service: "Xero",
        id: "123",
      },
    ],
    customMetricParameters: [
      {
        parameterId: "94703530-1293-479b-bd37-ccad42fd9c8b",
        value: "10",
      },
    ],
  },
  LinearListPriceRequest: {
    productId: "d07037d5-3e31-4c3a-a360-e58555e2bf44",
    name: "Sample product",
    currency: "GBP",
    structure: {
      pricePerUnit: "0.25",
      usageMetricId: "04c62961-04ba-48e6-b985-758bb7d3e712",
      isPricePercentage: false,
      pricingType: "LINEAR",
    },
    billingFrequency: "MONTHLY",
    billingType: "IN_ARREARS",
    integrationIds: [
      {
        service: "Xero",
        id: "123",
      },
    ],
    customMetricParameters: [
      {
        parameterId: "94703530-1293-479b-bd37-ccad42fd9c8b",
        value: "10",
      },
    ],
  },
  FixedListPriceRequest: {
    productId: "d07037d5-3e31-4c3a-a360-e58555e2bf44",
    name: "Sample product",
    currency: "GBP",
    structure: {
      price: "20.00",
      pricingType: "FIXED",
    },
    billingFrequency: "MONTHLY",
    billingType: "IN_ARREARS",
    integrationIds: [
      {
        service: "Xero",
        id: "123",
      },
    ],
    customMetricParameters: [
      {
        parameterId: "94703530-1293-479b-bd37-ccad42fd9c8b",
        value: "10",
      },
    ],
  },
  OneTimeListPriceRequest: {
    productId: "d07037d5-3e31-4c3a-a360-e58555e2bf44",
    name: "Sample product",
    currency: "GBP",
    structure: {
      price: "150.00",
      pricingType: "ONE_TIME",
    },
    billingFrequency: "MONTHLY",
    billingType: "IN_ARREARS",
    integrationIds: [
      {
        service: "Xero",
        id: "123",
      },
    ],
    customMetricParameters: [
      {
        parameterId: "94703530-1293-479b-bd37-ccad42fd9c8b",
        value: "10",
      },
    ],
  },
} as const;
