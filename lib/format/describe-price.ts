import Decimal from "decimal.js";
import { formatRate } from "@/lib/format/format-rate";
import type { PriceStructure } from "@/lib/schemas/price-structure";
import type { BillingFrequency, BillingType } from "@/lib/schemas/primitives";

export type TierDescription = { range: string; rate: string; fee?: string };
export type PriceDescription = { model: string; summary: string; billing: string; tiers: TierDescription[] };

const models: Record<PriceStructure["pricingType"], string> = {
  ONE_TIME: "One-time",
  FIXED: "Fixed",
  LINEAR: "Per unit",
  PACKAGE: "Package",
  GRADUATED: "Graduated tiers",
  VOLUME: "Volume tiers",
  SEAT_BASED: "Per seat",
};

const periods: Record<BillingFrequency, string> = {
  ON_DEMAND: "on demand",
  ONE_TIME: "once",
  MONTHLY: "per month",
  QUARTERLY: "per quarter",
  HALF_YEARLY: "per half-year",
  YEARLY: "per year",
  PER_EVENT: "per event",
};

const frequencies: Record<BillingFrequency, string> = {
  ON_DEMAND: "On demand",
  ONE_TIME: "Once",
  MONTHLY: "Monthly",
  QUARTERLY: "Quarterly",
  HALF_YEARLY: "Half-yearly",
  YEARLY: "Yearly",
  PER_EVENT: "Per event",
};

const number = (value: string, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(value as `${number}`);
const percent = (value: string, locale: string) => `${number(value, locale)} %`;

function describeTiers(
  tiers: { upperBound?: string | null; price: string; fee?: string; isPricePercentage?: boolean }[],
  currency: string,
  unit: string,
  locale: string,
): TierDescription[] {
  // Upper bounds are inclusive and the next tier starts just above, so "0 – 100" then "100 – 500"
  // would seem to share 100: each range says which side of its bounds it includes.
  let lower: string | undefined;
  return tiers.map((tier) => {
    const upper = tier.upperBound ? number(tier.upperBound, locale) : undefined;
    const range =
      lower === undefined
        ? upper === undefined
          ? "Any quantity"
          : `Up to ${upper}`
        : upper === undefined
          ? `Above ${number(lower, locale)}`
          : `Above ${number(lower, locale)}, up to ${upper}`;
    if (tier.upperBound) lower = tier.upperBound;
    const rate = tier.isPricePercentage
      ? percent(tier.price, locale)
      : `${formatRate(tier.price, currency, locale)} per ${unit}`;
    return {
      range,
      rate,
      ...(tier.fee && !new Decimal(tier.fee).isZero() ? { fee: formatRate(tier.fee, currency, locale) } : {}),
    };
  });
}

/** How a price reads to a person: "$45.00 per seat per month, at least 10 seats". */
export function describePrice(
  price: { structure: PriceStructure; billingFrequency: BillingFrequency; billingType: BillingType; currency: string },
  locale = "en-US",
): PriceDescription {
  const { structure, currency } = price;
  const per = periods[price.billingFrequency];
  const billing = `${frequencies[price.billingFrequency]}, ${price.billingType === "IN_ADVANCE" ? "in advance" : "in arrears"}`;
  const base = { model: models[structure.pricingType], billing, tiers: [] as TierDescription[] };
  switch (structure.pricingType) {
    case "ONE_TIME":
      return { ...base, summary: `${formatRate(structure.price, currency, locale)} once` };
    case "FIXED":
      return { ...base, summary: `${formatRate(structure.price, currency, locale)} ${per}` };
    case "LINEAR":
      return {
        ...base,
        summary: structure.isPricePercentage
          ? `${percent(new Decimal(structure.pricePerUnit).times(100).toString(), locale)} of the volume`
          : `${formatRate(structure.pricePerUnit, currency, locale)} per unit`,
      };
    case "PACKAGE":
      return {
        ...base,
        summary: `${formatRate(structure.pricePerPackage, currency, locale)} per package of ${number(structure.packageSize, locale)} units`,
      };
    case "GRADUATED":
    case "VOLUME":
      return {
        ...base,
        summary:
          structure.pricingType === "GRADUATED"
            ? "Each unit at the rate of its own tier"
            : "Every unit at the rate of the tier the total reaches",
        tiers: describeTiers(structure.tiers, currency, "unit", locale),
      };
    case "SEAT_BASED":
      return {
        ...base,
        summary:
          structure.tiers.length > 0
            ? `Seats priced through tiers, at least ${structure.contractedMinimumSeats} seats`
            : `${formatRate(structure.pricePerSeat, currency, locale)} per seat ${per}, at least ${structure.contractedMinimumSeats} seats`,
        tiers: describeTiers(structure.tiers, currency, "seat", locale),
      };
  }
}
