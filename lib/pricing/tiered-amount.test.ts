import { describe, expect, it } from "vitest";
import { decimalArithmetic } from "@/lib/money/decimal-arithmetic";
import type { ExactArithmetic } from "@/lib/money/exact-arithmetic";
import { safeIntegerArithmetic } from "@/lib/money/safe-integer-arithmetic";
import { graduatedAmount, volumeAmount } from "@/lib/pricing/tiered-amount";

const designTiers = [
  { upperBound: "100", price: "1.00", fee: "20" },
  { price: "0.75", fee: "50" },
];

type Tiers = Parameters<typeof graduatedAmount>[1];

function tiered<T>(math: ExactArithmetic<T>) {
  return {
    graduated: (tiers: Tiers, quantity: string) => math.toText(graduatedAmount(math, tiers, math.parse(quantity))),
    volume: (tiers: Tiers, quantity: string) => math.toText(volumeAmount(math, tiers, math.parse(quantity))),
  };
}

describe.each([
  ["safe integers", tiered(safeIntegerArithmetic)],
  ["decimal.js", tiered(decimalArithmetic)],
])("tiers with %s", (_, { graduated, volume }) => {
  it.each([
    ["125", "188.75", "143.75"], // design.md's worked example
    ["0", "20", "20"], // quantity 0 reaches the first tier and pays its fee
    ["100", "120", "120"], // the upper bound is inclusive
    ["100.5", "170.375", "125.375"], // just above it, the second tier and its fee apply
    ["1", "21", "21"],
  ])("%s units: graduated %s, volume %s", (quantity, graduatedTotal, volumeTotal) => {
    expect(graduated(designTiers, quantity)).toBe(graduatedTotal);
    expect(volume(designTiers, quantity)).toBe(volumeTotal);
  });

  it("prices units above a last tier that names an upper bound at that tier's rate (detail 9)", () => {
    const bounded = [
      { upperBound: "10", price: "2" },
      { upperBound: "20", price: "1" },
    ];
    expect(graduated(bounded, "25")).toBe("35");
    expect(volume(bounded, "25")).toBe("25");
  });

  it("reads a tier's percentage price in percent: Sequence's examples give $875 and $325", () => {
    // Sequence's pricing page writes "$10000 * 0.1% + $500 + $5000 * 0.05% + $250 = $875" and
    // "$15000 * 0.05% + $250 = $325"; its totals need 1 % and 0.5 %, so its written rates are 10× off.
    const graduatedPercent = [
      { upperBound: "10000", price: "1.00", fee: "500", isPricePercentage: true },
      { price: "0.50", fee: "250", isPricePercentage: true },
    ];
    expect(graduated(graduatedPercent, "15000")).toBe("875");
    const volumePercent = [
      { upperBound: "10000", price: "1.00", fee: "500", isPricePercentage: true },
      { price: "0.50", fee: "250", isPricePercentage: true },
    ];
    expect(volume(volumePercent, "15000")).toBe("325");
  });

  it("applies the rates as written: 0.1 % and 0.05 % of the same volumes", () => {
    const graduatedPercent = [
      { upperBound: "10000", price: "0.1", fee: "500", isPricePercentage: true },
      { price: "0.05", fee: "250", isPricePercentage: true },
    ];
    expect(graduated(graduatedPercent, "15000")).toBe("762.5");
    expect(volume(graduatedPercent, "15000")).toBe("257.5");
  });

  it("charges nothing but the fees when a tier's price is zero", () => {
    expect(graduated([{ upperBound: "5", price: "0", fee: "9.99" }, { price: "0" }], "50")).toBe("9.99");
  });
});
