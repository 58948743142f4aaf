import { describe, expect, it } from "vitest";
import { fixed, phase, price, priced, quote } from "@/lib/pricing/test-quotes";

describe("invoices (design details 3 and 11)", () => {
  it("makes one invoice per billing date with everything billed that day, true-ups included", () => {
    const usage = price(
      { pricingType: "LINEAR", pricePerUnit: "0.1" },
      { temporaryId: "usage", quantity: "550", billingType: "IN_ARREARS" },
    );
    const setup = price({ pricingType: "ONE_TIME", price: "500" }, { billingFrequency: "ONE_TIME" });
    const result = priced(
      quote([
        phase([fixed("100"), usage, setup], {
          duration: { months: 2 },
          minimums: [{ amount: "80", restrictToPrices: ["usage"] }],
        }),
      ]),
    );
    expect(result.invoices).toEqual([
      { date: "2027-01-01", periodStart: "2027-01-01", periodEnd: "2027-01-31", amount: "600.00" },
      { date: "2027-01-31", periodStart: "2027-01-01", periodEnd: "2027-01-31", amount: "80.00" },
      { date: "2027-02-01", periodStart: "2027-02-01", periodEnd: "2027-02-28", amount: "100.00" },
      { date: "2027-02-28", periodStart: "2027-02-01", periodEnd: "2027-02-28", amount: "80.00" },
    ]);
    expect(result.totalContractValue).toBe("860.00");
  });

  it("bills net of discounts, so the invoices add up to the total contract value", () => {
    const result = priced(
      quote([phase([fixed("100")], { duration: { months: 3 }, discounts: [{ type: "PERCENTAGE", amount: "10" }] })]),
    );
    expect(result.invoices.map((i) => i.amount)).toEqual(["90.00", "90.00", "90.00"]);
    expect(result.totalContractValue).toBe("270.00");
  });

  it("spans an invoice over the periods it bills: a quarter in advance and a month in arrears on one day", () => {
    const result = priced(
      quote([
        phase([fixed("300", { billingFrequency: "QUARTERLY" }), fixed("10", { billingType: "IN_ARREARS" })], {
          duration: { months: 6 },
        }),
      ]),
    );
    // 2027-03-31 bills March in arrears; 2027-04-01 bills Q2 in advance.
    expect(result.invoices.slice(2, 5)).toEqual([
      { date: "2027-02-28", periodStart: "2027-02-01", periodEnd: "2027-02-28", amount: "10.00" },
      { date: "2027-03-31", periodStart: "2027-03-01", periodEnd: "2027-03-31", amount: "10.00" },
      { date: "2027-04-01", periodStart: "2027-04-01", periodEnd: "2027-06-30", amount: "300.00" },
    ]);
    expect(result.invoices[0]).toEqual({
      date: "2027-01-01",
      periodStart: "2027-01-01",
      periodEnd: "2027-03-31",
      amount: "300.00",
    });
  });

  it("gives a date that bills nothing no invoice", () => {
    const rateOnly = price({ pricingType: "LINEAR", pricePerUnit: "0.1" }, { billingType: "IN_ARREARS" });
    const result = priced(quote([phase([fixed("100"), rateOnly], { duration: { months: 2 } })]));
    expect(result.invoices.map((i) => i.date)).toEqual(["2027-01-01", "2027-02-01"]);
  });
});

describe("ARR (design detail 7)", () => {
  it("annualises a whole-month phase by 12 ÷ its months", () => {
    const result = priced(quote([phase([fixed("100")], { duration: { years: 2 } })]));
    expect(result.phases[0]?.arr).toBe("1200.00");
  });

  it("annualises any other phase by 365 ÷ its days, rounding once", () => {
    // 45 days (January and 14 days of February) bill 150: 150 × 365 ÷ 45 = 1216.666… → 1216.67.
    const result = priced(quote([phase([fixed("100")], { duration: { months: 1, days: 14 } })]));
    expect(result.phases[0]?.arr).toBe("1216.67");
  });

  it("counts net recurring amounts and true-ups, never one-off prices", () => {
    const setup = price({ pricingType: "ONE_TIME", price: "5000" });
    const once = fixed("700", { billingFrequency: "ONE_TIME" });
    const result = priced(
      quote([
        phase([fixed("100"), setup, once], {
          duration: { months: 6 },
          discounts: [{ type: "PERCENTAGE", amount: "20" }],
          minimums: [{ amount: "90" }],
        }),
      ]),
    );
    // Each month: 100 − 20 = 80 net, topped up by 10 to 90; 6 months = 540 → × 12 ÷ 6 = 1080.
    expect(result.phases[0]?.arr).toBe("1080.00");
  });

  it("counts an open-ended phase's first year as its run rate, and takes the quote's ARR from the last phase", () => {
    const result = priced(
      quote([phase([fixed("100")], { duration: { years: 1 } }), phase([fixed("150")], { duration: null })]),
    );
    expect(result.phases.map((p) => p.arr)).toEqual(["1200.00", "1800.00"]);
    expect(result.arr).toBe("1800.00");
  });
});
