import { describe, expect, it } from "vitest";
import { decimalArithmetic } from "@/lib/money/decimal-arithmetic";
import type { ExactArithmetic } from "@/lib/money/exact-arithmetic";
import { safeIntegerArithmetic } from "@/lib/money/safe-integer-arithmetic";
import { periodCharge } from "@/lib/pricing/period-charge";
import { price } from "@/lib/pricing/test-quotes";
import { pricingPriceSchema } from "@/lib/schemas/quote-pricing";

const seatTiers = [
  { upperBound: "10", price: "8", fee: "15" },
  { price: "6", fee: "5" },
];

const cases = [
  ["ONE_TIME", { pricingType: "ONE_TIME", price: "500" }, {}, "500", false, null],
  ["FIXED", { pricingType: "FIXED", price: "20.00" }, {}, "20", true, null],
  ["FIXED ignores a quantity", { pricingType: "FIXED", price: "20.00" }, { quantity: "3" }, "20", true, null],
  ["LINEAR 550 × 0.1", { pricingType: "LINEAR", pricePerUnit: "0.1" }, { quantity: "550" }, "55", false, "550"],
  [
    "LINEAR percentage: 2.9 % of 10,000",
    { pricingType: "LINEAR", pricePerUnit: "0.029", isPricePercentage: true },
    { quantity: "10000" },
    "290",
    false,
    "10000",
  ],
  [
    "PACKAGE 600 units in packages of 250 at 10",
    { pricingType: "PACKAGE", packageSize: "250", pricePerPackage: "10" },
    { quantity: "600" },
    "30",
    false,
    "600",
  ],
  [
    "PACKAGE on an exact multiple",
    { pricingType: "PACKAGE", packageSize: "250", pricePerPackage: "10" },
    { quantity: "500" },
    "20",
    false,
    "500",
  ],
  [
    "PACKAGE of nothing",
    { pricingType: "PACKAGE", packageSize: "250", pricePerPackage: "10" },
    { quantity: "0" },
    "0",
    false,
    "0",
  ],
  [
    "SEAT_BASED per seat",
    { pricingType: "SEAT_BASED", pricePerSeat: "12.50", contractedMinimumSeats: 10 },
    { quantity: "14" },
    "175",
    true,
    "14",
  ],
  [
    "SEAT_BASED below the contracted minimum",
    { pricingType: "SEAT_BASED", pricePerSeat: "12.50", contractedMinimumSeats: 10 },
    { quantity: "4" },
    "125",
    true,
    "10",
  ],
  [
    "SEAT_BASED without a quantity bills the minimum",
    { pricingType: "SEAT_BASED", pricePerSeat: "12.50", contractedMinimumSeats: 10 },
    {},
    "125",
    true,
    "10",
  ],
  [
    "SEAT_BASED through seat tiers, fees included: 10 × 8 + 15 + 2 × 6 + 5",
    { pricingType: "SEAT_BASED", pricePerSeat: "99", contractedMinimumSeats: 0, tiers: seatTiers },
    { quantity: "12" },
    "112",
    true,
    "12",
  ],
] as const;

/** The charge with its amount as text, so both arithmetics compare alike. */
function chargeOf<T>(math: ExactArithmetic<T>) {
  return (fields: Record<string, unknown>) => {
    const charge = periodCharge(math, pricingPriceSchema.parse(fields));
    return charge && { ...charge, amount: math.toText(charge.amount) };
  };
}

describe.each([
  ["safe integers", chargeOf(safeIntegerArithmetic)],
  ["decimal.js", chargeOf(decimalArithmetic)],
])("periodCharge with %s", (_, charge) => {
  it.each(cases)("%s", (__, structure, fields, amount, prorates, quantity) => {
    expect(charge(price(structure, fields))).toEqual({ amount, prorates, quantity });
  });

  it.each([
    ["without a quantity", {}],
    ["quoted as a rate only", { quantity: "100", rateOnly: true }],
  ])("charges nothing for usage %s", (__, fields) => {
    expect(charge(price({ pricingType: "LINEAR", pricePerUnit: "0.25" }, fields))).toBeNull();
  });
});
