import { coerceFieldValue } from "@/tools/local-salesforce/records/coerce-field-value";
import { requestError, SfError } from "@/tools/local-salesforce/records/sf-error";
import type { FieldDefinition, ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { SchemaView } from "@/tools/local-salesforce/schema/schema-view";
import type { FieldValue } from "@/tools/local-salesforce/store/org-state";

/** A lookup given by the parent's external id: `"Quote__r": {"Sequence_Id__c": "…"}`. */
export interface ExternalReference {
  field: FieldDefinition;
  target: ObjectDefinition;
  externalField: FieldDefinition;
  value: FieldValue;
}

export interface RecordInput {
  object: ObjectDefinition;
  values: Map<FieldDefinition, FieldValue>;
  references: ExternalReference[];
}

/**
 * Reads a JSON record body against the object's schema. Keys are matched case-insensitively; an
 * unknown key fails the request with INVALID_FIELD and Salesforce's "No such column" message
 * (reference §2.6, restforce write_error_response.json).
 */
export function deserializeRecord(schema: SchemaView, object: ObjectDefinition, body: unknown): RecordInput {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw requestError(
      "JSON_PARSER_ERROR",
      `Cannot deserialize instance of ${object.name} from ${Array.isArray(body) ? "START_ARRAY" : "VALUE_STRING"} value`,
    );
  }
  const input: RecordInput = { object, values: new Map(), references: [] };
  for (const [key, raw] of Object.entries(body)) {
    if (key === "attributes") continue;
    const field = schema.field(object, key);
    if (field) {
      input.values.set(field, coerceFieldValue(field, raw));
      continue;
    }
    const relationship = schema.relationshipField(object, key);
    if (relationship && typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
      input.references.push(externalReference(schema, relationship, raw as Record<string, unknown>));
      continue;
    }
    throw requestError("INVALID_FIELD", `No such column '${key}' on sobject of type ${object.name}`);
  }
  return input;
}

function externalReference(
  schema: SchemaView,
  field: FieldDefinition,
  body: Record<string, unknown>,
): ExternalReference {
  const attributes = body.attributes as { type?: unknown } | undefined;
  const targetName = typeof attributes?.type === "string" ? attributes.type : field.referenceTo[0];
  const target = targetName ? schema.object(targetName) : undefined;
  if (!target || !field.referenceTo.includes(target.name)) {
    throw new SfError("INVALID_FIELD", `Invalid foreign key relationship name ${field.relationshipName}`);
  }
  const keys = Object.keys(body).filter((key) => key !== "attributes");
  if (keys.length !== 1) {
    throw new SfError(
      "INVALID_FIELD",
      keys.length === 0
        ? `No external id field provided in an external foreign key reference in entity: ${target.name}`
        : `More than 1 field provided in an external foreign key reference in entity: ${target.name}`,
    );
  }
  const key = String(keys[0]);
  const externalField = schema.field(target, key);
  if (!externalField || !(externalField.externalId || externalField.idLookup)) {
    throw new SfError(
      "INVALID_FIELD",
      `Field name provided, ${key} is not an External ID or indexed field for ${target.name}`,
    );
  }
  return { field, target, externalField, value: coerceFieldValue(externalField, body[key]) };
}
