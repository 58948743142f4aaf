import type { FieldDefinition, ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { StoredRecord } from "@/tools/local-salesforce/store/org-state";

export const CORPORATE_CURRENCY = "USD";

export function sobjectUrl(version: string, type: string, id: string): string {
  return `/services/data/v${version}/sobjects/${type}/${id}`;
}

export function recordAttributes(version: string, type: string, id: string): { type: string; url: string } {
  return { type, url: sobjectUrl(version, type, id) };
}

/** A field's JSON value: compound addresses become objects, unset fields null. */
export function fieldOutput(field: FieldDefinition, record: StoredRecord): unknown {
  if (field.compoundOf) {
    const parts = field.compoundOf;
    const address = {
      city: record[parts.city] ?? null,
      country: record[parts.country] ?? null,
      geocodeAccuracy: null,
      latitude: null,
      longitude: null,
      postalCode: record[parts.postalCode] ?? null,
      state: record[parts.state] ?? null,
      street: record[parts.street] ?? null,
    };
    const empty = Object.values(address).every((value) => value === null);
    return empty ? null : address;
  }
  // Records written while the org was single-currency carry the corporate currency, as Salesforce
  // assigns it when multi-currency is enabled.
  if (field.name === "CurrencyIsoCode") return record.CurrencyIsoCode ?? CORPORATE_CURRENCY;
  return record[field.name] ?? null;
}

/** The REST shape of a record: `attributes` first, then the fields asked for, in that order. */
export function serializeRecord(
  version: string,
  object: ObjectDefinition,
  record: StoredRecord,
  fields: readonly FieldDefinition[] = object.fields,
): Record<string, unknown> {
  const output: Record<string, unknown> = { attributes: recordAttributes(version, object.name, String(record.Id)) };
  for (const field of fields) output[field.name] = fieldOutput(field, record);
  return output;
}
