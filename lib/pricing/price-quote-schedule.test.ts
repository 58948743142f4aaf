import { describe, expect, it } from "vitest";
import { fixed, phase, price, priced, quote } from "@/lib/pricing/test-quotes";

const linesOf = (input: unknown, phaseIndex = 0) => priced(input).phases[phaseIndex]?.lines ?? [];
const periodsOf = (input: unknown, line = 0) =>
  linesOf(input)[line]?.periods.map((p) => [p.start, p.end, p.billingDate, p.amount]);

describe("billing periods, proration and billing dates", () => {
  it("prorates a short last period of a FIXED price by days over the full period it was cut from", () => {
    // 2027-01-01 + 1 month 14 days − 1 day = 2027-02-14; February has 28 days: 100 × 14 ÷ 28 = 50.
    const input = quote([phase([fixed("100")], { duration: { months: 1, days: 14 } })]);
    expect(periodsOf(input)).toEqual([
      ["2027-01-01", "2027-01-31", "2027-01-01", "100.00"],
      ["2027-02-01", "2027-02-14", "2027-02-01", "50.00"],
    ]);
    expect(priced(input).phases[0]).toMatchObject({ startDate: "2027-01-01", endDate: "2027-02-14", total: "150.00" });
  });

  it("rounds a prorated amount once, half away from zero", () => {
    // May 1–10 of a 31-day May: 99.99 × 10 ÷ 31 = 32.2548… → 32.25.
    const input = quote([phase([fixed("99.99")], { duration: { months: 2, days: 10 } })], {
      preliminaryBillingStartDate: "2027-03-01",
    });
    expect(periodsOf(input)?.map((p) => p[3])).toEqual(["99.99", "99.99", "32.25"]);
    expect(linesOf(input)[0]?.total).toBe("232.23");
  });

  it("prorates seat prices with their tier fees", () => {
    // 12 seats: 10 × 8 + 15 + 2 × 6 + 5 = 112 a quarter; April is 30 of the 91 days of Q2: 36.923… → 36.92.
    const seats = price(
      {
        pricingType: "SEAT_BASED",
        pricePerSeat: "1",
        contractedMinimumSeats: 5,
        tiers: [
          { upperBound: "10", price: "8", fee: "15" },
          { price: "6", fee: "5" },
        ],
      },
      { quantity: "12", billingFrequency: "QUARTERLY" },
    );
    const input = quote([phase([seats], { duration: { months: 4 } })]);
    expect(periodsOf(input)).toEqual([
      ["2027-01-01", "2027-03-31", "2027-01-01", "112.00"],
      ["2027-04-01", "2027-04-30", "2027-04-01", "36.92"],
    ]);
  });

  it("never prorates usage, and bills it in arrears even when asked for in advance", () => {
    const usage = price({ pricingType: "LINEAR", pricePerUnit: "0.1" }, { quantity: "550", billingType: "IN_ADVANCE" });
    const result = priced(quote([phase([usage], { duration: { months: 1, days: 14 } })]));
    expect(result.phases[0]?.lines[0]?.periods.map((p) => [p.billingDate, p.amount])).toEqual([
      ["2027-01-31", "55.00"],
      ["2027-02-14", "55.00"],
    ]);
    expect(result.phases[0]?.lines[0]?.billingType).toBe("IN_ARREARS");
    expect(result.warnings).toContainEqual({
      path: "phases[0].prices[0].billingType",
      message: "usage is billed in arrears, at the end of each period, not in advance",
    });
  });

  it("bills in advance on a period's first day and in arrears on its last", () => {
    const both = quote([
      phase([fixed("10"), fixed("20", { billingType: "IN_ARREARS", billingFrequency: "QUARTERLY" })], {
        duration: { months: 6 },
      }),
    ]);
    const [monthly, quarterly] = linesOf(both);
    expect(monthly?.periods.map((p) => p.billingDate)).toEqual([
      "2027-01-01",
      "2027-02-01",
      "2027-03-01",
      "2027-04-01",
      "2027-05-01",
      "2027-06-01",
    ]);
    expect(quarterly?.periods.map((p) => [p.start, p.end, p.billingDate])).toEqual([
      ["2027-01-01", "2027-03-31", "2027-03-31"],
      ["2027-04-01", "2027-06-30", "2027-06-30"],
    ]);
  });

  it("charges a ONE_TIME structure once on the phase's first day, whatever its frequency and billing type", () => {
    const setup = price({ pricingType: "ONE_TIME", price: "500" }, { billingType: "IN_ARREARS" });
    const result = priced(
      quote([phase([fixed("10"), setup], { duration: { months: 3 } })], {
        preliminaryBillingStartDate: "2027-02-15",
      }),
    );
    expect(result.phases[0]?.lines[1]?.periods).toEqual([
      {
        start: "2027-02-15",
        end: "2027-02-15",
        billingDate: "2027-02-15",
        amount: "500.00",
        discount: "0.00",
        net: "500.00",
      },
    ]);
    expect(result.phases[0]?.lines[1]?.oneOff).toBe(true);
  });

  it.each([
    ["IN_ADVANCE", "2027-01-01"],
    ["IN_ARREARS", "2027-12-31"],
  ])("makes a FIXED price billed ONE_TIME one period spanning the phase, billed %s on %s", (billingType, date) => {
    const once = fixed("1200", { billingFrequency: "ONE_TIME", billingType });
    expect(periodsOf(quote([phase([once])]))).toEqual([["2027-01-01", "2027-12-31", date, "1200.00"]]);
  });

  it("runs phases back to back and prices an open-ended last phase for its first 12 months", () => {
    const result = priced(
      quote([phase([fixed("100")], { duration: { months: 3 } }), phase([fixed("150")], { duration: null })]),
    );
    expect(result.phases.map((p) => [p.startDate, p.endDate, p.openEnded, p.total])).toEqual([
      ["2027-01-01", "2027-03-31", false, "300.00"],
      ["2027-04-01", "2028-03-31", true, "1800.00"],
    ]);
    expect(result.warnings).toContainEqual({
      path: "phases[1].duration",
      message: "open-ended: priced for its first 12 months, 2027-04-01 to 2028-03-31, in the totals and ARR",
    });
  });
});

describe("currencies and rounding", () => {
  // A half minor unit in each currency: 0.5 yen, 0.005 dollars, 0.0005 dinars, 0.00005 UF.
  it.each([
    ["JPY", "0.05", "1"],
    ["USD", "0.0005", "0.01"],
    ["KWD", "0.00005", "0.001"],
    ["CLF", "0.000005", "0.0001"],
  ])("%s rounds half a minor unit away from zero", (currency, rate, expected) => {
    const usage = price({ pricingType: "LINEAR", pricePerUnit: rate }, { quantity: "10" });
    const result = priced(quote([phase([usage], { duration: { months: 1 } })], { currency }));
    expect(result.phases[0]?.lines[0]?.total).toBe(expected);
  });

  it.each([
    ["JPY", "1000", "1000", "357", "1357"],
    ["USD", "100", "100.00", "35.71", "135.71"],
    ["KWD", "100", "100.000", "35.714", "135.714"],
    ["CLF", "100", "100.0000", "35.7143", "135.7143"],
  ])(
    "%s writes amounts with its minor digits: %s for a month, then 10 of February's 28 days",
    (currency, amount, full, short, total) => {
      const result = priced(quote([phase([fixed(amount)], { duration: { months: 1, days: 10 } })], { currency }));
      expect(result.phases[0]?.lines[0]?.periods.map((p) => p.amount)).toEqual([full, short]);
      expect(result.totalContractValue).toBe(total);
    },
  );
});
