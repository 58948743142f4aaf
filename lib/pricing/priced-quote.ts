import type { CurrencyCode } from "@/lib/money/currencies";
import type { PricingType } from "@/lib/schemas/price-structure";
import type { BillingType } from "@/lib/schemas/primitives";
import type { Problem } from "@/lib/schemas/problems";
import type { PricingPhase, QuoteBillingFrequency } from "@/lib/schemas/quote-pricing";

/**
 * What `priceQuote` returns: everything the builder, the approver's view and the buyer page show.
 * Dates are `YYYY-MM-DD` and inclusive. Amounts are decimal strings with exactly the currency's minor
 * digits, and every total is the sum of the rounded amounts beneath it, so the document adds up.
 */

/** One billing period of one line. */
export type PricedPeriod = {
  start: string;
  end: string;
  /** The day it is invoiced: the period's first day in advance, its last in arrears, the phase start for ONE_TIME. */
  billingDate: string;
  /** Before discounts (design detail 4). */
  amount: string;
  /** What the phase's discounts took off this period. */
  discount: string;
  /** `amount − discount`: what is invoiced for it. */
  net: string;
};

export type PricedLine = {
  /** The price's index in its phase's `prices`: unique, where `priceId` (a client-chosen temporaryId) may repeat. */
  priceIndex: number;
  priceId: string;
  name: string;
  pricingType: PricingType;
  billingFrequency: QuoteBillingFrequency;
  /** As billed: usage prices are always billed in arrears. */
  billingType: BillingType;
  /** ONE_TIME structure or ONE_TIME frequency: left out of ARR and of unrestricted minimums. */
  oneOff: boolean;
  /** Units priced each period (expected usage, or seats billed); null for FIXED and ONE_TIME and for usage without a quantity. */
  quantity: string | null;
  /** Before discounts. */
  total: string;
  discountTotal: string;
  netTotal: string;
  periods: PricedPeriod[];
};

export type PricedDiscount = {
  /** The discount's index in its phase's `discounts`. */
  discountIndex: number;
  type: PricingPhase["discounts"][number]["type"];
  /** What it took off, over every line and period. */
  total: string;
};

export type PricedMinimumPeriod = {
  start: string;
  end: string;
  /** True-ups are billed on the period's last day. */
  billingDate: string;
  /** The minimum for this period (prorated when the period is short). */
  minimum: string;
  /** The covered lines' amount after discounts. */
  committed: string;
  trueUp: string;
};

export type PricedMinimum = {
  /** The minimum's index in its phase's `minimums`. */
  minimumIndex: number;
  trueUpTotal: string;
  /** Empty when the minimum covers no price (see the warnings). */
  periods: PricedMinimumPeriod[];
};

export type PricedPhase = {
  /** The phase's index in the quote's `phases`. */
  phaseIndex: number;
  name: string | null;
  startDate: string;
  /** For an open-ended phase, the end of its first 12 months, which is what it is priced for. */
  endDate: string;
  openEnded: boolean;
  /** Sum of the lines before discounts. */
  subtotal: string;
  discountTotal: string;
  minimumTrueUp: string;
  /** `subtotal − discountTotal + minimumTrueUp`. */
  total: string;
  /** Annualised net recurring amount (design detail 7). */
  arr: string;
  lines: PricedLine[];
  discounts: PricedDiscount[];
  minimums: PricedMinimum[];
};

export type InvoicePreview = {
  date: string;
  /** The earliest and latest day of the periods billed on this date. */
  periodStart: string;
  periodEnd: string;
  amount: string;
};

export type PricedQuote = {
  currency: CurrencyCode;
  phases: PricedPhase[];
  /** One per billing date that bills something, in date order; they add up to `totalContractValue`. */
  invoices: InvoicePreview[];
  /** Sum of the phase totals. */
  totalContractValue: string;
  /** The last phase's ARR: the run rate the customer is on when the quote's phases end ("0" with no phases). */
  arr: string;
  /** Things the reader should know, each at the path of what it concerns (`phases[0].prices[2].quantity`). */
  warnings: Problem[];
};
