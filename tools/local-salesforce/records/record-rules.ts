import { to15 } from "@/lib/salesforce/record-id";
import { SfError } from "@/tools/local-salesforce/records/sf-error";
import type { WriteContext } from "@/tools/local-salesforce/records/write-context";
import type { FieldDefinition, ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { FieldValue, StoredRecord } from "@/tools/local-salesforce/store/org-state";

export type WriteOperation = "create" | "update";

/** Read-only fields (Id, CreatedDate, formula-like fields) cannot be written (reference §2.6, jsforce #1701). */
export function checkWritableFields(fields: Iterable<FieldDefinition>, operation: WriteOperation): void {
  const readOnly = [...fields].filter((field) => (operation === "create" ? !field.createable : !field.updateable));
  if (readOnly.length === 0) return;
  const names = readOnly.map((field) => field.name);
  throw new SfError(
    "INVALID_FIELD_FOR_INSERT_UPDATE",
    `Unable to create/update fields: ${names.join(", ")}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
    { fields: names },
  );
}

/** Fields that must have a value after the write (REQUIRED_FIELD_MISSING, reference §2.6). */
export function checkRequiredFields(
  object: ObjectDefinition,
  record: StoredRecord,
  written: ReadonlyMap<FieldDefinition, FieldValue>,
  operation: WriteOperation,
): void {
  const missing = object.fields.filter((field) => {
    if (field.nillable || field.type === "boolean" || !field.createable) return false;
    const value = record[field.name];
    const empty = value === null || value === undefined || value === "";
    return operation === "create" ? empty : written.has(field) && empty;
  });
  if (missing.length === 0) return;
  const names = missing.map((field) => field.name);
  throw new SfError("REQUIRED_FIELD_MISSING", `Required fields are missing: [${names.join(", ")}]`, { fields: names });
}

/** Unique fields (external ids among them) compare case-insensitively unless case-sensitive. */
export function checkUniqueFields(ctx: WriteContext, object: ObjectDefinition, record: StoredRecord): void {
  for (const field of object.fields) {
    const value = record[field.name];
    if (!field.unique || value === null || value === undefined) continue;
    const clash = findByValue(ctx, object, field, value).find((other) => other.Id !== record.Id);
    if (clash) {
      throw new SfError(
        "DUPLICATE_VALUE",
        `duplicate value found: ${field.name} duplicates value on record with id: ${to15(String(clash.Id))}`,
        { fields: [] },
      );
    }
  }
}

/** Live records whose field equals the value, as Salesforce matches external ids. */
export function findByValue(
  ctx: Pick<WriteContext, "store">,
  object: ObjectDefinition,
  field: FieldDefinition,
  value: FieldValue,
): StoredRecord[] {
  const wanted = normalize(field, value);
  return ctx.store.list(object.name).filter((record) => normalize(field, record[field.name] ?? null) === wanted);
}

function normalize(field: FieldDefinition, value: FieldValue): FieldValue {
  return typeof value === "string" && !field.caseSensitive ? value.toLowerCase() : value;
}
