import { formatIsoDate } from "@/lib/dates/iso-date";
import { minorUnitsOf, type CurrencyCode } from "@/lib/money/currencies";
import { formatMinorUnits } from "@/lib/money/format-minor-units";
import type { InvoiceWork } from "@/lib/pricing/invoice-schedule";
import type { LineWork } from "@/lib/pricing/line-work";
import type { TrueUpWork } from "@/lib/pricing/minimum-true-up";
import type { PricedLine, PricedMinimum, PricedPeriod, PricedPhase, PricedQuote } from "@/lib/pricing/priced-quote";
import type { PhaseWork } from "@/lib/pricing/price-phase";
import type { Problem } from "@/lib/schemas/problems";

type Format = (units: number) => string;

const CACHE_SLOTS = 4096;

/**
 * Formats minor units through a small direct-mapped cache. A quote repeats a few thousand distinct
 * amounts over tens of thousands of lines and periods (the same list prices, zero discounts), so
 * most amounts are written once; a slot lookup is cheaper than a Map and allocates nothing.
 */
function cachedFormat(digits: number): Format {
  const keys = new Float64Array(CACHE_SLOTS).fill(Number.NaN);
  const texts = new Array<string>(CACHE_SLOTS).fill("");
  return (units) => {
    const slot = units & (CACHE_SLOTS - 1);
    if (keys[slot] === units) return texts[slot] ?? "";
    const text = formatMinorUnits(units, digits);
    keys[slot] = units;
    texts[slot] = text;
    return text;
  };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < values.length; i += 1) total += values[i] ?? 0;
  return total;
}

function writePeriods(line: LineWork, format: Format): PricedPeriod[] {
  const { grid, amounts, net } = line;
  const billingDates = line.billedOnStart ? grid.startTexts : grid.endTexts;
  const periods = new Array<PricedPeriod>(amounts.length);
  // Full periods repeat the previous period's amounts, and so its texts.
  let lastAmount = Number.NaN;
  let lastNet = Number.NaN;
  let amountText = "";
  let discountText = "";
  let netText = "";
  for (let p = 0; p < amounts.length; p += 1) {
    const amount = amounts[p] ?? 0;
    const left = net[p] ?? 0;
    if (amount !== lastAmount || left !== lastNet) {
      lastAmount = amount;
      lastNet = left;
      amountText = format(amount);
      discountText = format(amount - left);
      netText = format(left);
    }
    periods[p] = {
      start: grid.startTexts[p] ?? "",
      end: grid.endTexts[p] ?? "",
      billingDate: billingDates[p] ?? "",
      amount: amountText,
      discount: discountText,
      net: netText,
    };
  }
  return periods;
}

function writeLine(line: LineWork, format: Format): PricedLine {
  const { price } = line;
  const total = sum(line.amounts);
  const netTotal = sum(line.net);
  return {
    priceIndex: line.priceIndex,
    priceId: price.temporaryId,
    name: price.name,
    pricingType: price.structure.pricingType,
    billingFrequency: price.billingFrequency,
    // A ONE_TIME structure is charged on the phase's first day either way; keep what was asked.
    billingType:
      price.structure.pricingType === "ONE_TIME" ? price.billingType : line.billedOnStart ? "IN_ADVANCE" : "IN_ARREARS",
    oneOff: line.oneOff,
    quantity: line.quantity,
    total: format(total),
    discountTotal: format(total - netTotal),
    netTotal: format(netTotal),
    periods: writePeriods(line, format),
  };
}

function writeMinimum(work: TrueUpWork | null, minimumIndex: number, format: Format): PricedMinimum {
  if (!work) return { minimumIndex, trueUpTotal: format(0), periods: [] };
  const { grid, minimums, committed, trueUps } = work;
  return {
    minimumIndex,
    trueUpTotal: format(sum(trueUps)),
    periods: trueUps.map((trueUp, p) => ({
      start: grid.startTexts[p] ?? "",
      end: grid.endTexts[p] ?? "",
      billingDate: grid.endTexts[p] ?? "",
      minimum: format(minimums[p] ?? 0),
      committed: format(committed[p] ?? 0),
      trueUp: format(trueUp),
    })),
  };
}

function writePhase(phase: PhaseWork, format: Format): PricedPhase {
  return {
    phaseIndex: phase.phaseIndex,
    name: phase.name,
    startDate: formatIsoDate(phase.span.start),
    endDate: formatIsoDate(phase.span.end),
    openEnded: phase.span.openEnded,
    subtotal: format(phase.subtotal),
    discountTotal: format(phase.discountTotal),
    minimumTrueUp: format(phase.trueUpTotal),
    total: format(phase.total),
    arr: format(phase.arr),
    lines: phase.lines.map((line) => writeLine(line, format)),
    discounts: phase.discounts.map(({ type, total }, discountIndex) => ({ discountIndex, type, total: format(total) })),
    minimums: phase.trueUps.map((work, minimumIndex) => writeMinimum(work, minimumIndex, format)),
  };
}

/** Writes the priced phases out as the decimal strings and ISO dates of `PricedQuote`. */
export function writePricedQuote(
  currency: CurrencyCode,
  phases: readonly PhaseWork[],
  invoices: readonly InvoiceWork[],
  warnings: Problem[],
): PricedQuote {
  const format = cachedFormat(minorUnitsOf(currency));
  return {
    currency,
    phases: phases.map((phase) => writePhase(phase, format)),
    invoices: invoices.map((invoice) => ({
      date: formatIsoDate(invoice.date),
      periodStart: formatIsoDate(invoice.from),
      periodEnd: formatIsoDate(invoice.to),
      amount: format(invoice.amount),
    })),
    totalContractValue: format(sum(phases.map((phase) => phase.total))),
    arr: format(phases.at(-1)?.arr ?? 0),
    warnings,
  };
}
