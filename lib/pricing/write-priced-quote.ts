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

/** Consecutive periods mostly repeat an amount; remembering the last one skips most of the formatting. */
function repeatingFormat(digits: number): Format {
  let lastUnits = Number.NaN;
  let lastText = "";
  return (units) => {
    if (units !== lastUnits) {
      lastUnits = units;
      lastText = formatMinorUnits(units, digits);
    }
    return lastText;
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function writePeriods(line: LineWork, digits: number): PricedPeriod[] {
  const { grid, amounts, net } = line;
  const amountText = repeatingFormat(digits);
  const discountText = repeatingFormat(digits);
  const netText = repeatingFormat(digits);
  const billingDates = line.billedOnStart ? grid.startTexts : grid.endTexts;
  const periods: PricedPeriod[] = [];
  for (let p = 0; p < amounts.length; p += 1) {
    const amount = amounts[p] ?? 0;
    const left = net[p] ?? 0;
    periods.push({
      start: grid.startTexts[p] ?? "",
      end: grid.endTexts[p] ?? "",
      billingDate: billingDates[p] ?? "",
      amount: amountText(amount),
      discount: discountText(amount - left),
      net: netText(left),
    });
  }
  return periods;
}

function writeLine(line: LineWork, format: Format, digits: number): PricedLine {
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
    periods: writePeriods(line, digits),
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

function writePhase(phase: PhaseWork, digits: number): PricedPhase {
  const format: Format = (units) => formatMinorUnits(units, digits);
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
    lines: phase.lines.map((line) => writeLine(line, format, digits)),
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
  const digits = minorUnitsOf(currency);
  const format: Format = (units) => formatMinorUnits(units, digits);
  return {
    currency,
    phases: phases.map((phase) => writePhase(phase, digits)),
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
