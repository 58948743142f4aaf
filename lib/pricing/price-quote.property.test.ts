import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalArithmetic } from "@/lib/money/decimal-arithmetic";
import { OutsideSafeIntegers, safeIntegerArithmetic } from "@/lib/money/safe-integer-arithmetic";
import { priceQuote } from "@/lib/pricing/price-quote";
import type { PricedQuote } from "@/lib/pricing/priced-quote";
import { decimalText, quoteArbitrary, tiersArbitrary } from "@/lib/pricing/quote-arbitraries";
import { graduatedAmount } from "@/lib/pricing/tiered-amount";

/** Amounts as whole minor units, to add them up exactly in the test. */
const units = (amount: string) => Number(amount.replace(".", ""));
const sum = (amounts: readonly string[]) => amounts.reduce((total, amount) => total + units(amount), 0);

function priceOrFail(input: unknown): PricedQuote {
  const result = priceQuote(input);
  if (!result.ok) throw new Error(`a generated quote was refused: ${JSON.stringify(result.errors)}`);
  return result.result;
}

describe("invariants of every priced quote", () => {
  it("adds up: lines to phases, phases to the total contract value, invoices to the total contract value", () => {
    fc.assert(
      fc.property(quoteArbitrary(), (input) => {
        const quote = priceOrFail(input);
        for (const phase of quote.phases) {
          for (const line of phase.lines) {
            expect(units(line.total)).toBe(sum(line.periods.map((p) => p.amount)));
            expect(units(line.discountTotal)).toBe(sum(line.periods.map((p) => p.discount)));
            expect(units(line.netTotal)).toBe(units(line.total) - units(line.discountTotal));
            for (const period of line.periods)
              expect(units(period.net)).toBe(units(period.amount) - units(period.discount));
          }
          expect(units(phase.subtotal)).toBe(sum(phase.lines.map((l) => l.total)));
          expect(units(phase.discountTotal)).toBe(sum(phase.lines.map((l) => l.discountTotal)));
          expect(units(phase.discountTotal)).toBe(sum(phase.discounts.map((d) => d.total)));
          expect(units(phase.minimumTrueUp)).toBe(sum(phase.minimums.map((m) => m.trueUpTotal)));
          expect(units(phase.total)).toBe(
            units(phase.subtotal) - units(phase.discountTotal) + units(phase.minimumTrueUp),
          );
        }
        expect(units(quote.totalContractValue)).toBe(sum(quote.phases.map((p) => p.total)));
        expect(sum(quote.invoices.map((i) => i.amount))).toBe(units(quote.totalContractValue));
        const dates = quote.invoices.map((i) => i.date);
        expect(dates).toEqual([...new Set(dates)].sort());
      }),
      { numRuns: 300 },
    );
  });

  it("never makes an amount negative or NaN, and writes each with the currency's minor digits", () => {
    const digits: Record<string, number> = { USD: 2, EUR: 2, JPY: 0, KWD: 3, CLF: 4 };
    fc.assert(
      fc.property(quoteArbitrary(), (input) => {
        const quote = priceOrFail(input);
        const expected = digits[quote.currency] ?? -1;
        const pattern = expected === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${expected}}$`);
        const amounts = JSON.stringify(quote).match(
          /"(amount|discount|net|total|subtotal|discountTotal|netTotal|minimumTrueUp|arr|trueUp|trueUpTotal|minimum|committed|totalContractValue)":"[^"]*"/g,
        );
        for (const pair of amounts ?? []) expect(pair.split(":")[1]?.replaceAll('"', "")).toMatch(pattern);
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic: the same quote prices to the same result", () => {
    fc.assert(
      fc.property(quoteArbitrary(), (input) => {
        expect(JSON.stringify(priceQuote(structuredClone(input)))).toBe(JSON.stringify(priceQuote(input)));
      }),
      { numRuns: 100 },
    );
  });

  it("never raises a phase's net amount with an extra PERCENTAGE discount, nor its total without minimums", () => {
    const withDiscount = fc.tuple(quoteArbitrary({ withMinimums: false }), decimalText(10_000, 2), fc.nat());
    fc.assert(
      fc.property(withDiscount, ([input, amount, position]) => {
        const percent = String(Math.min(Number(amount), 100));
        const discounted = structuredClone(input) as { phases: { discounts: unknown[] }[] };
        for (const phase of discounted.phases) {
          const at = position % (phase.discounts.length + 1);
          phase.discounts.splice(at, 0, { type: "PERCENTAGE", amount: percent, restrictToPrices: [] });
        }
        const [before, after] = [priceOrFail(input), priceOrFail(discounted)];
        after.phases.forEach((phase, i) => {
          const original = before.phases[i];
          if (!original) throw new Error("phase lost");
          expect(units(phase.total)).toBeLessThanOrEqual(units(original.total));
          expect(units(phase.subtotal)).toBe(units(original.subtotal));
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("invariants of the charge arithmetic", () => {
  it("never lowers a graduated amount as the quantity rises", () => {
    const quantities = fc.tuple(decimalText(100_000, 2), decimalText(100_000, 2));
    fc.assert(
      fc.property(fc.boolean().chain(tiersArbitrary), quantities, (tiers, [a, b]) => {
        const math = decimalArithmetic;
        const [low, high] = math.compare(math.parse(a), math.parse(b)) <= 0 ? [a, b] : [b, a];
        const amount = (q: string) => graduatedAmount(math, tiers, math.parse(q));
        expect(math.compare(amount(low), amount(high))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it("gives the same rounded charge on safe integers as on decimal.js, or hands over to decimal.js", () => {
    const big = fc.oneof(decimalText(1_000_000, 4), decimalText(Number.MAX_SAFE_INTEGER, 6));
    fc.assert(
      fc.property(
        fc.boolean().chain(tiersArbitrary),
        big,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 365 }),
        (tiers, quantity, digits, days) => {
          const reference = graduatedAmount(decimalArithmetic, tiers, decimalArithmetic.parse(quantity));
          try {
            const fast = graduatedAmount(safeIntegerArithmetic, tiers, safeIntegerArithmetic.parse(quantity));
            expect(safeIntegerArithmetic.toMinorUnits(fast, digits)).toBe(
              decimalArithmetic.toMinorUnits(reference, digits),
            );
            expect(safeIntegerArithmetic.prorateToMinorUnits(fast, days, 366, digits)).toBe(
              decimalArithmetic.prorateToMinorUnits(reference, days, 366, digits),
            );
          } catch (error) {
            if (!(error instanceof OutsideSafeIntegers)) throw error;
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
