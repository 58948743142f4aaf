import { deleteRecord } from "@/tools/local-salesforce/records/delete-record";
import { deserializeRecord } from "@/tools/local-salesforce/records/deserialize-record";
import { findExistingRecord } from "@/tools/local-salesforce/records/find-existing-record";
import { createRecord, updateRecord } from "@/tools/local-salesforce/records/save-record";
import { serializeRecord, sobjectUrl } from "@/tools/local-salesforce/records/serialize-record";
import { notFound, requestError } from "@/tools/local-salesforce/records/sf-error";
import { json, noContent, type RestContext, type RestResponse } from "@/tools/local-salesforce/rest/rest-types";
import type { FieldDefinition, ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { SchemaView } from "@/tools/local-salesforce/schema/schema-view";

export function objectOrNotFound(ctx: RestContext, type: string): ObjectDefinition {
  const object = ctx.schema.object(type);
  if (!object) throw notFound();
  return object;
}

/** POST /sobjects/X → 201 `{id, success, errors}` with a Location header (reference §2.3). */
export function createEndpoint(ctx: RestContext, type: string, body: unknown): RestResponse {
  const object = objectOrNotFound(ctx, type);
  const id = createRecord(ctx, deserializeRecord(ctx.schema, object, body));
  return json(201, { id, success: true, errors: [] }, { Location: sobjectUrl(ctx.version, object.name, id) });
}

/** GET /sobjects/X/{id}[?fields=A,B]; a record the user cannot see is as missing as one that never was. */
export function retrieveEndpoint(ctx: RestContext, type: string, id: string, fields: string | null): RestResponse {
  const object = objectOrNotFound(ctx, type);
  const { record } = findExistingRecord(ctx, id, "row", object);
  if (!ctx.access.canRead(object.name, record)) throw notFound();
  return json(200, serializeRecord(ctx.version, object, record, selectedFields(ctx.schema, object, fields)));
}

/** PATCH /sobjects/X/{id} → 204. */
export function updateEndpoint(ctx: RestContext, type: string, id: string, body: unknown): RestResponse {
  const object = objectOrNotFound(ctx, type);
  updateRecord(ctx, deserializeRecord(ctx.schema, object, body), id, "row");
  return noContent();
}

/** DELETE /sobjects/X/{id} → 204. */
export function deleteEndpoint(ctx: RestContext, type: string, id: string): RestResponse {
  const object = objectOrNotFound(ctx, type);
  deleteRecord(ctx, id, "row", object);
  return noContent();
}

/** The `fields` parameter of a retrieve, checked against the object. */
export function selectedFields(schema: SchemaView, object: ObjectDefinition, fields: string | null): FieldDefinition[] {
  if (fields === null || fields.trim() === "") return object.fields;
  return fields.split(",").map((name) => {
    const field = schema.field(object, name.trim());
    if (!field) {
      throw requestError(
        "INVALID_FIELD",
        `No such column '${name.trim()}' on entity '${object.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
      );
    }
    return field;
  });
}
