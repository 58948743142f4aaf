import { describe, expect, it } from "vitest";
import { describeFieldPath } from "@/lib/quotes/describe-field-path";

describe("describeFieldPath", () => {
  it("reads a path the way a rep would say it, counting from 1", () => {
    expect(describeFieldPath("phases[0].prices[1].structure.tiers[2].upperBound")).toBe(
      "Phase 1, line 2, tier 3, upper bound",
    );
    expect(describeFieldPath("phases[1].discounts[0].restrictToPrices[0]")).toBe("Phase 2, discount 1, price 1");
    expect(describeFieldPath("phases[0].prices[3].structure.pricePerSeat")).toBe("Phase 1, line 4, price per seat");
    expect(describeFieldPath("phases[2].duration")).toBe("Phase 3, duration");
  });

  it("names the quote's own fields", () => {
    expect(describeFieldPath("preliminaryBillingStartDate")).toBe("Start date");
    expect(describeFieldPath("contactIds[1]")).toBe("Recipient 2");
    expect(describeFieldPath("expiryDays")).toBe("Expiry (days)");
  });
});
