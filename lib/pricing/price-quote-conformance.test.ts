import { describe, expect, it } from "vitest";
import { fixed, phase, price, priced, quote } from "@/lib/pricing/test-quotes";

/**
 * Whole quotes priced by hand from design.md alone, as an outside checker would, compared figure by
 * figure: each phase's dates and totals, the first line's periods, and every invoice. The working
 * for each figure is in the comment above its row.
 */

type Row = {
  name: string;
  input: unknown;
  /** startDate, endDate, subtotal, discountTotal, minimumTrueUp, total, arr. */
  phases: string[][];
  /** The first line's periods of the first phase: start, end, amount before discounts. */
  periods?: string[][];
  /** date, periodStart, periodEnd, amount. */
  invoices: string[][];
  totalContractValue: string;
};

const arrears = { billingType: "IN_ARREARS" };
const seatTiers = [
  { upperBound: "5", price: "2", fee: "1" },
  { price: "1.5", fee: "0.5" },
];

const rows: Row[] = [
  {
    // 31 Jan + 7 months = 31 Aug, so the phase ends 30 Aug; period k starts on 31 Jan + k months, clamped.
    name: "monthly from the 31st for 7 months",
    input: quote([phase([fixed("100")], { duration: { months: 7 } })], { preliminaryBillingStartDate: "2027-01-31" }),
    phases: [["2027-01-31", "2027-08-30", "700.00", "0.00", "0.00", "700.00", "1200.00"]],
    periods: [
      ["2027-01-31", "2027-02-27", "100.00"],
      ["2027-02-28", "2027-03-30", "100.00"],
      ["2027-03-31", "2027-04-29", "100.00"],
      ["2027-04-30", "2027-05-30", "100.00"],
      ["2027-05-31", "2027-06-29", "100.00"],
      ["2027-06-30", "2027-07-30", "100.00"],
      ["2027-07-31", "2027-08-30", "100.00"],
    ],
    invoices: [
      ["2027-01-31", "2027-01-31", "2027-02-27", "100.00"],
      ["2027-02-28", "2027-02-28", "2027-03-30", "100.00"],
      ["2027-03-31", "2027-03-31", "2027-04-29", "100.00"],
      ["2027-04-30", "2027-04-30", "2027-05-30", "100.00"],
      ["2027-05-31", "2027-05-31", "2027-06-29", "100.00"],
      ["2027-06-30", "2027-06-30", "2027-07-30", "100.00"],
      ["2027-07-31", "2027-07-31", "2027-08-30", "100.00"],
    ],
    totalContractValue: "700.00",
  },
  {
    // 45 days from 15 Jan end 28 Feb; the second month is 14 of the 28 days of 15 Feb–14 Mar: 50.
    // ARR by days: 150 × 365 ÷ 45 = 1216.666… → 1216.67.
    name: "a 45-day phase in arrears",
    input: quote([phase([fixed("100", arrears)], { duration: { days: 45 } })], {
      preliminaryBillingStartDate: "2027-01-15",
    }),
    phases: [["2027-01-15", "2027-02-28", "150.00", "0.00", "0.00", "150.00", "1216.67"]],
    periods: [
      ["2027-01-15", "2027-02-14", "100.00"],
      ["2027-02-15", "2027-02-28", "50.00"],
    ],
    invoices: [
      ["2027-02-14", "2027-01-15", "2027-02-14", "100.00"],
      ["2027-02-28", "2027-02-15", "2027-02-28", "50.00"],
    ],
    totalContractValue: "150.00",
  },
  {
    // 29 Feb 2028 + 12 months clamps to 28 Feb 2029: the year ends 27 Feb; quarters start 29 May, 29 Aug, 29 Nov.
    name: "a year from a leap day, yearly in advance and quarterly in arrears",
    input: quote(
      [
        phase(
          [fixed("1200", { billingFrequency: "YEARLY" }), fixed("300", { billingFrequency: "QUARTERLY", ...arrears })],
          {
            duration: { years: 1 },
          },
        ),
      ],
      { preliminaryBillingStartDate: "2028-02-29" },
    ),
    phases: [["2028-02-29", "2029-02-27", "2400.00", "0.00", "0.00", "2400.00", "2400.00"]],
    invoices: [
      ["2028-02-29", "2028-02-29", "2029-02-27", "1200.00"],
      ["2028-05-28", "2028-02-29", "2028-05-28", "300.00"],
      ["2028-08-28", "2028-05-29", "2028-08-28", "300.00"],
      ["2028-11-28", "2028-08-29", "2028-11-28", "300.00"],
      ["2029-02-27", "2028-11-29", "2029-02-27", "300.00"],
    ],
    totalContractValue: "2400.00",
  },
  {
    // 18 months: the second year is 182 of leap 2028's 366 days: 1000 × 182 ÷ 366 = 497.267… → 497.27.
    // ARR: 1497.27 × 12 ÷ 18 = 998.18.
    name: "a yearly price cut short in a leap year",
    input: quote([phase([fixed("1000", { billingFrequency: "YEARLY" })], { duration: { months: 18 } })]),
    phases: [["2027-01-01", "2028-06-30", "1497.27", "0.00", "0.00", "1497.27", "998.18"]],
    invoices: [
      ["2027-01-01", "2027-01-01", "2027-12-31", "1000.00"],
      ["2028-01-01", "2028-01-01", "2028-06-30", "497.27"],
    ],
    totalContractValue: "1497.27",
  },
  {
    // April is 10 of 30 days: 3333.33 → 3333 yen. 15 % of each rounded period: 1500 and 499.95 → 500.
    // ARR by 41 days: 11333 × 365 ÷ 41 = 100891.3… → 100891.
    name: "JPY with a short period and a percentage discount",
    input: quote(
      [
        phase([fixed("10000")], {
          duration: { months: 1, days: 10 },
          discounts: [{ type: "PERCENTAGE", amount: "15" }],
        }),
      ],
      { currency: "JPY", preliminaryBillingStartDate: "2027-03-01" },
    ),
    phases: [["2027-03-01", "2027-04-10", "13333", "2000", "0", "11333", "100891"]],
    invoices: [
      ["2027-03-01", "2027-03-01", "2027-03-31", "8500"],
      ["2027-04-01", "2027-04-01", "2027-04-10", "2833"],
    ],
    totalContractValue: "11333",
  },
  {
    // 1234 × 0.0125 = 15.425; 12.5 % of it = 1.928125 → 1.928. 2.9 % (a fraction) of 12345.67 = 358.02443 → 358.024.
    name: "KWD usage, linear and linear percentage",
    input: quote(
      [
        phase(
          [
            price(
              { pricingType: "LINEAR", pricePerUnit: "0.0125" },
              { temporaryId: "l", quantity: "1234", ...arrears },
            ),
            price(
              { pricingType: "LINEAR", pricePerUnit: "0.029", isPricePercentage: true },
              { quantity: "12345.67", ...arrears },
            ),
          ],
          { duration: { months: 2 }, discounts: [{ type: "PERCENTAGE", amount: "12.5", restrictToPrices: ["l"] }] },
        ),
      ],
      { currency: "KWD" },
    ),
    phases: [["2027-01-01", "2027-02-28", "746.898", "3.856", "0.000", "743.042", "4458.252"]],
    invoices: [
      ["2027-01-31", "2027-01-01", "2027-01-31", "371.521"],
      ["2027-02-28", "2027-02-01", "2027-02-28", "371.521"],
    ],
    totalContractValue: "743.042",
  },
  {
    // Quarterly seats over 5 months; the second quarter is 61 of 91 days. 7 seats below 10 contracted: 1.2345,
    // then 0.82752… → 0.8275. No seat count: 3 contracted seats through the tiers, 3 × 2 + 1 = 7, then 4.6923.
    // 8 seats: 5 × 2 + 1 + 3 × 1.5 + 0.5 = 16, then 10.7253. ARR: 40.4796 × 12 ÷ 5 = 97.15104 → 97.1510.
    name: "CLF seats with a contracted minimum and seat tiers, prorated",
    input: quote(
      [
        phase(
          [
            price(
              { pricingType: "SEAT_BASED", pricePerSeat: "0.12345", contractedMinimumSeats: 10 },
              { billingFrequency: "QUARTERLY", quantity: "7" },
            ),
            price(
              { pricingType: "SEAT_BASED", pricePerSeat: "99", contractedMinimumSeats: 3, tiers: seatTiers },
              { billingFrequency: "QUARTERLY" },
            ),
            price(
              { pricingType: "SEAT_BASED", pricePerSeat: "99", contractedMinimumSeats: 3, tiers: seatTiers },
              { billingFrequency: "QUARTERLY", quantity: "8" },
            ),
          ],
          { duration: { months: 5 } },
        ),
      ],
      { currency: "CLF" },
    ),
    phases: [["2027-01-01", "2027-05-31", "40.4796", "0.0000", "0.0000", "40.4796", "97.1510"]],
    invoices: [
      ["2027-01-01", "2027-01-01", "2027-03-31", "24.2345"],
      ["2027-04-01", "2027-04-01", "2027-05-31", "16.2451"],
    ],
    totalContractValue: "40.4796",
  },
  {
    // Each month: a 100 → 90, b 50.33 → 45.30 (5.033 → 5.03); NOMINAL 20 over 90 : 45.30 by largest remainder
    // gives 13.30 and 6.70; the minimum tops 76.70 + 38.60 = 115.30 up to 200 with 84.70. c is outside both.
    name: "percentage then nominal, a minimum, and a quarterly price beside them",
    input: quote([
      phase(
        [
          fixed("100", { temporaryId: "a" }),
          fixed("50.33", { temporaryId: "b" }),
          fixed("30", { billingFrequency: "QUARTERLY" }),
        ],
        {
          duration: { months: 3 },
          discounts: [
            { type: "PERCENTAGE", amount: "10", restrictToPrices: ["a", "b"] },
            { type: "NOMINAL", amount: "20", restrictToPrices: ["a", "b"] },
          ],
          minimums: [{ amount: "200", restrictToPrices: ["a", "b"] }],
        },
      ),
    ]),
    phases: [["2027-01-01", "2027-03-31", "480.99", "105.09", "254.10", "630.00", "2520.00"]],
    invoices: [
      ["2027-01-01", "2027-01-01", "2027-03-31", "145.30"],
      ["2027-01-31", "2027-01-01", "2027-01-31", "84.70"],
      ["2027-02-01", "2027-02-01", "2027-02-28", "115.30"],
      ["2027-02-28", "2027-02-01", "2027-02-28", "84.70"],
      ["2027-03-01", "2027-03-01", "2027-03-31", "115.30"],
      ["2027-03-31", "2027-03-01", "2027-03-31", "84.70"],
    ],
    totalContractValue: "630.00",
  },
  {
    // 1–15 May is 15 of 31 days: the line 48.387… → 48.39, the NOMINAL 31 → 15.00, the minimum 80 → 38.709… → 38.71,
    // so the true-ups are 80 − 69 = 11 and 38.71 − 33.39 = 5.32. ARR by 45 days: 118.71 × 365 ÷ 45 = 962.87.
    name: "a NOMINAL discount and a minimum prorated in a short period",
    input: quote(
      [
        phase([fixed("100")], {
          duration: { months: 1, days: 15 },
          discounts: [{ type: "NOMINAL", amount: "31" }],
          minimums: [{ amount: "80" }],
        }),
      ],
      { preliminaryBillingStartDate: "2027-04-01" },
    ),
    phases: [["2027-04-01", "2027-05-15", "148.39", "46.00", "16.32", "118.71", "962.87"]],
    invoices: [
      ["2027-04-01", "2027-04-01", "2027-04-30", "69.00"],
      ["2027-04-30", "2027-04-01", "2027-04-30", "11.00"],
      ["2027-05-01", "2027-05-01", "2027-05-15", "33.39"],
      ["2027-05-15", "2027-05-01", "2027-05-15", "5.32"],
    ],
    totalContractValue: "118.71",
  },
  {
    // 31 Jan 2027 + 13 months = 29 Feb 2028 (clamped from the 31st), + 1 day − 1 day: the phase ends on the leap day.
    // The third half-year is 30 of the 182 days of 31 Jan–30 Jul 2028: 600 × 30 ÷ 182 = 98.90; the monthly line
    // ends with a 1-day period, 1 of the 31 days of 29 Feb–30 Mar: 1.00. ARR by 395 days: 1573.57.
    // Then two weeks in arrears: 14 of March's 31 days, 140.00, annualised 140 × 365 ÷ 14 = 3650.
    name: "half-yearly from the 31st over 1 year 1 month 1 day, then two weeks",
    input: quote(
      [
        phase([fixed("600", { billingFrequency: "HALF_YEARLY" }), fixed("31")], {
          duration: { years: 1, months: 1, days: 1 },
        }),
        phase([fixed("310", arrears)], { duration: { weeks: 2 } }),
      ],
      { preliminaryBillingStartDate: "2027-01-31" },
    ),
    phases: [
      ["2027-01-31", "2028-02-29", "1702.90", "0.00", "0.00", "1702.90", "1573.57"],
      ["2028-03-01", "2028-03-14", "140.00", "0.00", "0.00", "140.00", "3650.00"],
    ],
    periods: [
      ["2027-01-31", "2027-07-30", "600.00"],
      ["2027-07-31", "2028-01-30", "600.00"],
      ["2028-01-31", "2028-02-29", "98.90"],
    ],
    invoices: [
      ["2027-01-31", "2027-01-31", "2027-07-30", "631.00"],
      ["2027-02-28", "2027-02-28", "2027-03-30", "31.00"],
      ["2027-03-31", "2027-03-31", "2027-04-29", "31.00"],
      ["2027-04-30", "2027-04-30", "2027-05-30", "31.00"],
      ["2027-05-31", "2027-05-31", "2027-06-29", "31.00"],
      ["2027-06-30", "2027-06-30", "2027-07-30", "31.00"],
      ["2027-07-31", "2027-07-31", "2028-01-30", "631.00"],
      ["2027-08-31", "2027-08-31", "2027-09-29", "31.00"],
      ["2027-09-30", "2027-09-30", "2027-10-30", "31.00"],
      ["2027-10-31", "2027-10-31", "2027-11-29", "31.00"],
      ["2027-11-30", "2027-11-30", "2027-12-30", "31.00"],
      ["2027-12-31", "2027-12-31", "2028-01-30", "31.00"],
      ["2028-01-31", "2028-01-31", "2028-02-29", "129.90"],
      ["2028-02-29", "2028-02-29", "2028-02-29", "1.00"],
      ["2028-03-14", "2028-03-01", "2028-03-14", "140.00"],
    ],
    totalContractValue: "1842.90",
  },
];

describe("whole quotes priced by hand from design.md", () => {
  it.each(rows)("$name", ({ input, phases, periods, invoices, totalContractValue }) => {
    const result = priced(input);
    expect(
      result.phases.map((p) => [p.startDate, p.endDate, p.subtotal, p.discountTotal, p.minimumTrueUp, p.total, p.arr]),
    ).toEqual(phases);
    if (periods) expect(result.phases[0]?.lines[0]?.periods.map((p) => [p.start, p.end, p.amount])).toEqual(periods);
    expect(result.invoices.map((i) => [i.date, i.periodStart, i.periodEnd, i.amount])).toEqual(invoices);
    expect(result.totalContractValue).toBe(totalContractValue);
  });
});
