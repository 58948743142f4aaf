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

/** Whether a line's quoted structure is still the list price's, as the API would store each. */
export function structuresMatch(quoted: StructureFormValues, listed: PriceStructure): boolean {
  return (
    JSON.stringify(canonical(structureFromForm(quoted))) ===
    JSON.stringify(canonical(structureFromForm(structureToForm(listed))))
  );
}
