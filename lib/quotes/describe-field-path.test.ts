import { describe, expect, it } from "vitest";
import { describeFieldPath } from "@/lib/quotes/describe-field-path";

describe("describeFieldPath", () => {
  it("reads an API path the way the builder names things, counting from 1", () => {
    expect(describeFieldPath("phases[0].prices[1].structure.tiers[2].upperBound")).toBe(
      "Phase 1 › Price 2 › Pricing › Tier 3 › Upper bound",
    );
    expect(describeFieldPath("phases[1].discounts[0].restrictToPrices[0]")).toBe(
      "Phase 2 › Discount 1 › Applies to (entry 1)",
    );
    expect(describeFieldPath("phases[0].prices[3].structure.pricePerSeat")).toBe(
      "Phase 1 › Price 4 › Pricing › Price per seat",
    );
    expect(describeFieldPath("preliminaryBillingStartDate")).toBe("Billing start date");
    expect(describeFieldPath("contactIds[1]")).toBe("Recipients (entry 2)");
  });

  it("names the phase and the price when the quote is at hand", () => {
    const quote = { phases: [{ name: "Year 1", prices: [{ name: "Seats" }, { name: "API calls" }] }] };
    expect(describeFieldPath("phases[0].prices[1].quantity", quote)).toBe(
      "Phase 1 “Year 1” › Price 2 “API calls” › Expected quantity",
    );
  });
});
