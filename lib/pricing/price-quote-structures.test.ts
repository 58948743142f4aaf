import { describe, expect, it } from "vitest";
import { phase, price, priced, quote } from "@/lib/pricing/test-quotes";

const designTiers = [
  { upperBound: "100", price: "1.00", fee: "20" },
  { price: "0.75", fee: "50" },
];
const percentTiers = [
  { upperBound: "10000", price: "1.00", fee: "500", isPricePercentage: true },
  { price: "0.50", fee: "250", isPricePercentage: true },
];

describe("every structure, priced for one month in USD", () => {
  it.each([
    ["ONE_TIME", { pricingType: "ONE_TIME", price: "500" }, undefined, "500.00"],
    ["FIXED", { pricingType: "FIXED", price: "20" }, undefined, "20.00"],
    ["LINEAR: 550 × 0.1", { pricingType: "LINEAR", pricePerUnit: "0.1" }, "550", "55.00"],
    [
      "LINEAR percentage: 2.9 % of 10,000",
      { pricingType: "LINEAR", pricePerUnit: "0.029", isPricePercentage: true },
      "10000",
      "290.00",
    ],
    [
      "PACKAGE: 600 units, 250 a package at 10",
      { pricingType: "PACKAGE", packageSize: "250", pricePerPackage: "10" },
      "600",
      "30.00",
    ],
    ["GRADUATED: design.md's 125 units", { pricingType: "GRADUATED", tiers: designTiers }, "125", "188.75"],
    ["VOLUME: design.md's 125 units", { pricingType: "VOLUME", tiers: designTiers }, "125", "143.75"],
    ["GRADUATED percentage: $15,000 of volume", { pricingType: "GRADUATED", tiers: percentTiers }, "15000", "875.00"],
    ["VOLUME percentage: $15,000 of volume", { pricingType: "VOLUME", tiers: percentTiers }, "15000", "325.00"],
    [
      "SEAT_BASED: 12 seats, 10 at 8 + 15 and 2 at 6 + 5",
      {
        pricingType: "SEAT_BASED",
        pricePerSeat: "9",
        contractedMinimumSeats: 5,
        tiers: [
          { upperBound: "10", price: "8", fee: "15" },
          { price: "6", fee: "5" },
        ],
      },
      "12",
      "112.00",
    ],
    [
      "SEAT_BASED per seat: 3 seats, 5 contracted",
      { pricingType: "SEAT_BASED", pricePerSeat: "9.99", contractedMinimumSeats: 5 },
      "3",
      "49.95",
    ],
  ])("%s", (_, structure, quantity, total) => {
    const line = price(
      structure,
      quantity === undefined ? { billingType: "IN_ARREARS" } : { quantity, billingType: "IN_ARREARS" },
    );
    const result = priced(quote([phase([line], { duration: { months: 1 } })]));
    expect(result.phases[0]?.lines[0]?.total).toBe(total);
    expect(result.totalContractValue).toBe(total);
  });
});
