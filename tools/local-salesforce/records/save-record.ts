import { checkFieldValue } from "@/tools/local-salesforce/records/check-field-values";
import { applyDerivedFields } from "@/tools/local-salesforce/records/derived-fields";
import type { RecordInput } from "@/tools/local-salesforce/records/deserialize-record";
import {
  findExistingRecord,
  insufficientAccess,
  type MissingStyle,
} from "@/tools/local-salesforce/records/find-existing-record";
import {
  checkRequiredFields,
  checkUniqueFields,
  checkWritableFields,
  findByValue,
} from "@/tools/local-salesforce/records/record-rules";
import { formatDateTime } from "@/tools/local-salesforce/records/salesforce-datetime";
import { SfError } from "@/tools/local-salesforce/records/sf-error";
import type { WriteContext } from "@/tools/local-salesforce/records/write-context";
import type { ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { StoredRecord } from "@/tools/local-salesforce/store/org-state";

/** Inserts a record and returns its id (the checks run in the order listed in README "Strictness"). */
export function createRecord(ctx: WriteContext, input: RecordInput): string {
  const { object } = input;
  if (!object.createable) {
    throw new SfError("INVALID_TYPE_FOR_OPERATION", `entity type cannot be inserted: ${object.name}`, { fields: [] });
  }
  if ([...input.values.keys()].some((field) => field.name === "Id")) {
    throw new SfError("INVALID_FIELD_FOR_INSERT_UPDATE", "cannot specify Id in an insert call", { fields: ["Id"] });
  }
  const written = checkedValues(ctx, input, "create");
  const id = ctx.mintId(object);
  const stamp = formatDateTime(ctx.now());
  const record = applyDerivedFields(
    object.name,
    {
      ...defaults(ctx, object),
      ...written,
      Id: id,
      IsDeleted: false,
      CreatedDate: stamp,
      CreatedById: ctx.user.id,
      LastModifiedDate: stamp,
      LastModifiedById: ctx.user.id,
      SystemModstamp: stamp,
    },
    written,
  );
  checkRequiredFields(object, record, input.values, "create");
  checkUniqueFields(ctx, object, record);
  ctx.store.insert(object.name, record);
  ctx.access.forget();
  return id;
}

/** Updates the record with this id; `style` decides how a missing record is reported. */
export function updateRecord(ctx: WriteContext, input: RecordInput, rawId: string, style: MissingStyle): string {
  const { object } = input;
  if (!object.updateable) {
    throw new SfError("INVALID_TYPE_FOR_OPERATION", `entity type cannot be updated: ${object.name}`, { fields: [] });
  }
  const existing = findExistingRecord(ctx, rawId, style, object).record;
  if (!ctx.access.canEdit(object.name, existing)) throw insufficientAccess();
  for (const field of input.values.keys()) {
    // Collections carry the id in the record; the row URL names it already.
    if (field.name === "Id") input.values.delete(field);
  }
  const written = checkedValues(ctx, input, "update");
  const record = applyDerivedFields(
    object.name,
    {
      ...existing,
      ...written,
      LastModifiedDate: formatDateTime(ctx.now()),
      LastModifiedById: ctx.user.id,
      SystemModstamp: formatDateTime(ctx.now()),
    },
    written,
  );
  checkRequiredFields(object, record, input.values, "update");
  checkUniqueFields(ctx, object, record);
  ctx.store.replace(object.name, record);
  ctx.access.forget();
  return String(record.Id);
}

function checkedValues(ctx: WriteContext, input: RecordInput, operation: "create" | "update"): StoredRecord {
  checkWritableFields(input.values.keys(), operation);
  const written: StoredRecord = {};
  for (const [field, value] of input.values) {
    written[field.name] = checkFieldValue(ctx, input.object, field, value);
  }
  for (const reference of input.references) {
    const matches = findByValue(ctx, reference.target, reference.externalField, reference.value).filter((record) =>
      ctx.access.canRead(reference.target.name, record),
    );
    const match = matches[0];
    if (!match || matches.length > 1) {
      throw new SfError(
        "INVALID_FIELD",
        matches.length > 1
          ? `Foreign key external ID: ${String(reference.value)} matched more than one record for field ${reference.externalField.name} in entity ${reference.target.name}`
          : `Foreign key external ID: ${String(reference.value)} not found for field ${reference.externalField.name} in entity ${reference.target.name}`,
        { fields: [] },
      );
    }
    checkWritableFields([reference.field], operation);
    written[reference.field.name] = String(match.Id);
  }
  return written;
}

function defaults(ctx: WriteContext, object: ObjectDefinition): StoredRecord {
  const values: StoredRecord = {};
  for (const field of object.fields) {
    if (field.defaultValue !== null) values[field.name] = field.defaultValue;
  }
  if (object.fields.some((field) => field.name === "OwnerId")) values.OwnerId = ctx.user.id;
  // Kept in single-currency mode too, so the record has a currency when multi-currency is switched on.
  if (!object.customSetting) values.CurrencyIsoCode = ctx.userCurrency;
  return values;
}
