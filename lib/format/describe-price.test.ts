import { describe, expect, it } from "vitest";
import { describePrice } from "@/lib/format/describe-price";

describe("describePrice", () => {
  it("keeps the precision of unit rates and shows percentages as percent", () => {
    expect(
      describePrice({
        currency: "USD",
        billingFrequency: "MONTHLY",
        billingType: "IN_ARREARS",
        structure: {
          pricingType: "GRADUATED",
          usageCalculationMode: "BILLING_PERIOD",
          tiers: [
            { upperBound: "100000", price: "0.0020", isPricePercentage: false },
            { price: "0.0015", fee: "100.00", isPricePercentage: false },
          ],
        },
      }),
    ).toEqual({
      model: "Graduated tiers",
      summary: "Each unit at the rate of its own tier",
      billing: "Monthly, in arrears",
      tiers: [
        { range: "Up to 100,000", rate: "$0.0020 per unit" },
        { range: "Above 100,000", rate: "$0.0015 per unit", fee: "$100.00" },
      ],
    });
    expect(
      describePrice({
        currency: "EUR",
        billingFrequency: "MONTHLY",
        billingType: "IN_ARREARS",
        structure: { pricingType: "LINEAR", pricePerUnit: "0.029", isPricePercentage: true },
      }).summary,
    ).toBe("2.9 % of the volume");
  });

  it("says which side of each inclusive upper bound a tier covers, so neighbouring ranges never seem to overlap", () => {
    const tiers = (bounds: (string | undefined)[]) =>
      describePrice({
        currency: "USD",
        billingFrequency: "MONTHLY",
        billingType: "IN_ARREARS",
        structure: {
          pricingType: "VOLUME",
          tiers: bounds.map((upperBound) => ({
            ...(upperBound ? { upperBound } : {}),
            price: "1",
            isPricePercentage: false,
          })),
        },
      }).tiers.map((tier) => tier.range);
    expect(tiers(["100", "1000", undefined])).toEqual(["Up to 100", "Above 100, up to 1,000", "Above 1,000"]);
    expect(tiers([undefined])).toEqual(["Any quantity"]);
  });

  it("writes yen without minor units", () => {
    expect(
      describePrice({
        currency: "JPY",
        billingFrequency: "MONTHLY",
        billingType: "IN_ADVANCE",
        structure: {
          pricingType: "SEAT_BASED",
          pricePerSeat: "6500",
          contractedMinimumSeats: 10,
          prorationStrategy: "USE_MAXIMUM",
          tiers: [],
        },
      }).summary,
    ).toBe("¥6,500 per seat per month, at least 10 seats");
  });
});
