import type { PriceStructure } from "@/lib/schemas/price-structure";
import type { StructureFormValues, TierFormValues } from "@/lib/quotes/quote-form-values";

type AnyTier = { upperBound?: string | null | undefined; fee?: string | undefined };

function tierToForm<T extends AnyTier>({ upperBound, fee, ...rest }: T): TierFormValues<T> {
  return { ...rest, upperBound: upperBound ?? "", fee: fee ?? "" } as TierFormValues<T>;
}

function tierFromForm<T extends { upperBound: string; fee: string }>({ upperBound, fee, ...rest }: T) {
  const bound = upperBound.trim();
  const flatFee = fee.trim();
  return { ...rest, upperBound: bound === "" ? null : bound, ...(flatFee === "" ? {} : { fee: flatFee }) };
}

/** A price structure (from a list price or a saved quote) as the builder edits it. */
export function structureToForm(structure: PriceStructure): StructureFormValues {
  switch (structure.pricingType) {
    case "GRADUATED":
      return { ...structure, tiers: structure.tiers.map(tierToForm) };
    case "VOLUME":
      return { ...structure, tiers: structure.tiers.map(tierToForm) };
    case "SEAT_BASED":
      return {
        ...structure,
        contractedMinimumSeats: String(structure.contractedMinimumSeats),
        tiers: structure.tiers.map(tierToForm),
      };
    default:
      return { ...structure };
  }
}

/** A whole number typed as text: a number when it reads as one, else the text, for the schema to refuse. */
export function numberFromText(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const trimmed = (value: string) => value.trim();

/**
 * The structure for the API, unvalidated: decimals trimmed, an empty upper bound is the unbounded
 * tier, an empty fee is no fee. What cannot be read is passed on for the API's schema to refuse.
 */
export function structureFromForm(structure: StructureFormValues): Record<string, unknown> {
  switch (structure.pricingType) {
    case "ONE_TIME":
    case "FIXED":
      return { ...structure, price: trimmed(structure.price) };
    case "LINEAR":
      return { ...structure, pricePerUnit: trimmed(structure.pricePerUnit) };
    case "PACKAGE":
      return {
        ...structure,
        packageSize: trimmed(structure.packageSize),
        pricePerPackage: trimmed(structure.pricePerPackage),
      };
    case "GRADUATED":
    case "VOLUME":
      return {
        ...structure,
        tiers: structure.tiers.map((tier) => ({ ...tierFromForm(tier), price: tier.price.trim() })),
      };
    case "SEAT_BASED":
      return {
        ...structure,
        pricePerSeat: trimmed(structure.pricePerSeat),
        contractedMinimumSeats:
          structure.contractedMinimumSeats.trim() === "" ? "" : numberFromText(structure.contractedMinimumSeats),
        tiers: structure.tiers.map((tier) => ({ ...tierFromForm(tier), price: tier.price.trim() })),
      };
  }
}
