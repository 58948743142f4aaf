import type { RecordInput } from "@/tools/local-salesforce/records/deserialize-record";
import { findByValue } from "@/tools/local-salesforce/records/record-rules";
import { createRecord, updateRecord } from "@/tools/local-salesforce/records/save-record";
import { notFound, SfError } from "@/tools/local-salesforce/records/sf-error";
import type { WriteContext } from "@/tools/local-salesforce/records/write-context";
import type { FieldDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { FieldValue } from "@/tools/local-salesforce/store/org-state";

export type UpsertResult = { kind: "saved"; id: string; created: boolean } | { kind: "multiple"; ids: string[] };

/**
 * Upsert by external id (reference §2.4): no match creates, one match updates, several matches are
 * reported (HTTP 300 on the row resource). Only records the user can see match, as in Salesforce;
 * an invisible record with the same unique value then surfaces as DUPLICATE_VALUE on insert.
 * `updateOnly` (the row resource's `?updateOnly=true`) makes no match a 404 instead of an insert.
 */
export function upsertRecord(
  ctx: WriteContext,
  input: RecordInput,
  externalField: FieldDefinition,
  externalValue: FieldValue,
  { updateOnly = false }: { updateOnly?: boolean } = {},
): UpsertResult {
  if ([...input.values.keys()].some((field) => field.name === "Id")) {
    throw new SfError("INVALID_FIELD", "The Id field should not be specified in the sobject data.", { fields: ["Id"] });
  }
  if (externalValue === null || externalValue === "") {
    throw new SfError("MISSING_ARGUMENT", `${externalField.name} not specified`, { fields: [externalField.name] });
  }
  const matches = findByValue(ctx, input.object, externalField, externalValue).filter((record) =>
    ctx.access.canRead(input.object.name, record),
  );
  const [first] = matches;
  if (matches.length > 1) return { kind: "multiple", ids: matches.map((record) => String(record.Id)) };
  if (!first) {
    if (updateOnly) throw notFound();
    input.values.set(externalField, externalValue);
    return { kind: "saved", id: createRecord(ctx, input), created: true };
  }
  input.values.delete(externalField);
  return { kind: "saved", id: updateRecord(ctx, input, String(first.Id), "row"), created: false };
}
