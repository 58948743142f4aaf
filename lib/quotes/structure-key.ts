import type { StructureFormValues } from "@/lib/quotes/quote-form-values";
import { structureFromForm, structureToForm } from "@/lib/quotes/structure-form-values";
import type { PriceStructure } from "@/lib/schemas/price-structure";

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, child]) => [key, canonical(child)]),
  );
}

/** A quoted structure as the API would store it, as text that two equal structures share. */
export function quotedStructureKey(quoted: StructureFormValues): string {
  return JSON.stringify(canonical(structureFromForm(quoted)));
}

/** A list price's structure, keyed like `quotedStructureKey` (computed once per list price, not per line). */
export function listedStructureKey(listed: PriceStructure): string {
  return quotedStructureKey(structureToForm(listed));
}
