import fc from "fast-check";

/**
 * fast-check generators of valid quote bodies for the property tests: every structure, frequency and
 * billing type, calendar durations with short periods, and discounts and minimums whose prices
 * share a frequency where design.md requires it. Not used by the engine.
 */

const FREQUENCIES = ["ONE_TIME", "MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY"] as const;

export const decimalText = (maxUnits: number, maxScale: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: maxUnits }), fc.integer({ min: 0, max: maxScale }))
    .map(([units, scale]) => (scale === 0 ? String(units) : (units / 10 ** scale).toFixed(scale)));

const money = decimalText(100_000, 3);

/** Ascending upper bounds with the last tier unbounded. */
export const tiersArbitrary = (percentage: boolean) =>
  fc
    .array(fc.tuple(fc.integer({ min: 1, max: 500 }), decimalText(500, 2), fc.option(money, { nil: undefined })), {
      minLength: 1,
      maxLength: 4,
    })
    .map((rows) => {
      let bound = 0;
      return rows.map(([step, rate, fee], index) => {
        bound += step;
        return {
          ...(index < rows.length - 1 ? { upperBound: String(bound) } : {}),
          price: rate,
          ...(fee === undefined ? {} : { fee }),
          ...(percentage ? { isPricePercentage: true } : {}),
        };
      });
    });

const structureArbitrary = fc.oneof(
  money.map((price) => ({ pricingType: "ONE_TIME", price })),
  money.map((price) => ({ pricingType: "FIXED", price })),
  fc
    .tuple(decimalText(1000, 4), fc.boolean())
    .map(([pricePerUnit, isPricePercentage]) => ({ pricingType: "LINEAR", pricePerUnit, isPricePercentage })),
  fc
    .tuple(fc.integer({ min: 1, max: 500 }), money)
    .map(([size, pricePerPackage]) => ({ pricingType: "PACKAGE", packageSize: String(size), pricePerPackage })),
  fc.boolean().chain((percentage) => tiersArbitrary(percentage).map((tiers) => ({ pricingType: "GRADUATED", tiers }))),
  fc.boolean().chain((percentage) => tiersArbitrary(percentage).map((tiers) => ({ pricingType: "VOLUME", tiers }))),
  fc
    .tuple(money, fc.integer({ min: 0, max: 50 }), fc.option(tiersArbitrary(false), { nil: undefined }))
    .map(([pricePerSeat, contractedMinimumSeats, tiers]) => ({
      pricingType: "SEAT_BASED",
      pricePerSeat,
      contractedMinimumSeats,
      ...(tiers ? { tiers: tiers.map(({ upperBound, price, fee }) => ({ upperBound, price, fee })) } : {}),
    })),
);

const priceArbitrary = fc
  .record({
    structure: structureArbitrary,
    billingFrequency: fc.constantFrom(...FREQUENCIES),
    billingType: fc.constantFrom("IN_ADVANCE", "IN_ARREARS"),
    quantity: fc.option(fc.integer({ min: 0, max: 5000 }).map(String), { nil: undefined }),
  })
  .map((price) => ({ name: "line", ...price }));

type Price = { temporaryId: string; billingFrequency: string };

/** A non-empty subset of the prices billed at one frequency, as restrictToPrices. */
const sameFrequencyIds = (prices: readonly Price[]) => {
  const frequencies = [...new Set(prices.map((p) => p.billingFrequency))];
  if (frequencies.length === 0) return fc.constant(null);
  return fc.constantFrom(...frequencies).chain((frequency) => {
    const ids = prices.filter((p) => p.billingFrequency === frequency).map((p) => p.temporaryId);
    return fc.subarray(ids, { minLength: 1 });
  });
};

const durationArbitrary = fc
  .record({
    years: fc.integer({ min: 0, max: 2 }),
    months: fc.integer({ min: 0, max: 14 }),
    weeks: fc.integer({ min: 0, max: 3 }),
    days: fc.integer({ min: 0, max: 40 }),
  })
  .filter((d) => d.years + d.months + d.weeks + d.days > 0);

const phaseArbitrary = (phaseIndex: number, last: boolean, withMinimums: boolean) =>
  fc.array(priceArbitrary, { maxLength: 6 }).chain((drafts) => {
    const prices = drafts.map((draft, index) => ({ temporaryId: `p${phaseIndex}-${index}`, ...draft }));
    const percentage = fc.record({
      type: fc.constant("PERCENTAGE"),
      amount: decimalText(10_000, 2).map((a) => String(Math.min(Number(a), 100))),
      restrictToPrices: fc.subarray(prices.map((p) => p.temporaryId)),
    });
    const nominal = sameFrequencyIds(prices).chain((ids) =>
      fc.record({ type: fc.constant("NOMINAL"), amount: money, restrictToPrices: fc.constant(ids ?? []) }),
    );
    const minimum = sameFrequencyIds(prices).chain((ids) =>
      fc.record({ amount: money, restrictToPrices: fc.constant(ids ?? []) }),
    );
    return fc.record({
      duration: last ? fc.option(durationArbitrary, { nil: null, freq: 4 }) : durationArbitrary,
      prices: fc.constant(prices),
      discounts: prices.length === 0 ? fc.constant([]) : fc.array(fc.oneof(percentage, nominal), { maxLength: 3 }),
      minimums: prices.length === 0 || !withMinimums ? fc.constant([]) : fc.array(minimum, { maxLength: 2 }),
    });
  });

/** A valid quote body; `withMinimums: false` leaves minimums out (they let a discount raise a total). */
export const quoteArbitrary = ({ withMinimums = true } = {}) =>
  fc.integer({ min: 0, max: 4 }).chain((count) =>
    fc.record({
      currency: fc.constantFrom("USD", "JPY", "KWD", "CLF", "EUR"),
      preliminaryBillingStartDate: fc.constantFrom("2027-01-01", "2027-01-31", "2028-02-29", "2027-06-15"),
      phases: fc.tuple(...Array.from({ length: count }, (_, i) => phaseArbitrary(i, i === count - 1, withMinimums))),
    }),
  );
