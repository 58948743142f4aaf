import { coerceFieldValue } from "@/tools/local-salesforce/records/coerce-field-value";
import { deleteRecord } from "@/tools/local-salesforce/records/delete-record";
import { deserializeRecord } from "@/tools/local-salesforce/records/deserialize-record";
import { findByValue } from "@/tools/local-salesforce/records/record-rules";
import { serializeRecord, sobjectUrl } from "@/tools/local-salesforce/records/serialize-record";
import { notFound, SfError } from "@/tools/local-salesforce/records/sf-error";
import { createRecord } from "@/tools/local-salesforce/records/save-record";
import { upsertRecord } from "@/tools/local-salesforce/records/upsert-record";
import { json, noContent, type RestContext, type RestResponse } from "@/tools/local-salesforce/rest/rest-types";
import { objectOrNotFound, selectedFields } from "@/tools/local-salesforce/rest/sobject-rows";
import type { FieldDefinition, ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { StoredRecord } from "@/tools/local-salesforce/store/org-state";

/** `?updateOnly=true` exists from API 61.0 (Summer '24); earlier versions ignore it and insert. */
const UPDATE_ONLY_SINCE = 61;

/**
 * /sobjects/X/{externalIdField}/{value} (reference §2.4): PATCH upserts (201 created:true,
 * 200 created:false, 300 with the matching records' URLs; with `updateOnly=true` no match is 404
 * NOT_FOUND, as an update of a missing record is); GET and DELETE act on the one match. A field
 * that is not an external id answers 404 NOT_FOUND.
 */
export function externalIdEndpoint(
  ctx: RestContext,
  method: string,
  type: string,
  fieldName: string,
  rawValue: string,
  body: unknown,
  query: URLSearchParams,
): RestResponse {
  const object = objectOrNotFound(ctx, type);
  const field = externalIdField(ctx, object, fieldName);
  const value = coerceFieldValue(field, decodeSegment(rawValue));
  if (method === "PATCH") {
    const input = deserializeRecord(ctx.schema, object, body);
    // Salesforce's upsert page: "Do not specify Id or an external ID field in the request body or an
    // error is generated" (the value comes from the URL). The error's wording is not documented.
    if (input.values.has(field)) {
      throw new SfError(
        "INVALID_FIELD",
        `The external ID field ${field.name} should not be specified in the sobject data; its value comes from the URL.`,
        { fields: [field.name] },
      );
    }
    const updateOnly = query.get("updateOnly") === "true" && Number(ctx.version) >= UPDATE_ONLY_SINCE;
    const result = upsertRecord(ctx, input, field, value, { updateOnly });
    if (result.kind === "multiple") return multipleChoices(ctx, object, result.ids);
    return json(result.created ? 201 : 200, { id: result.id, success: true, errors: [], created: result.created });
  }
  const matches = findByValue(ctx, object, field, value).filter((record) => ctx.access.canRead(object.name, record));
  if (matches.length > 1)
    return multipleChoices(
      ctx,
      object,
      matches.map((record) => String(record.Id)),
    );
  const match: StoredRecord | undefined = matches[0];
  if (!match) throw notFound();
  if (method === "DELETE") {
    deleteRecord(ctx, String(match.Id), "row", object);
    return noContent();
  }
  return json(
    200,
    serializeRecord(ctx.version, object, match, selectedFields(ctx.schema, object, query.get("fields"))),
  );
}

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw notFound();
  }
}

function externalIdField(ctx: RestContext, object: ObjectDefinition, name: string): FieldDefinition {
  const field = ctx.schema.field(object, name);
  if (!field || field.name === "Id" || !(field.externalId || field.idLookup)) throw notFound();
  return field;
}

function multipleChoices(ctx: RestContext, object: ObjectDefinition, ids: string[]): RestResponse {
  return json(
    300,
    ids.map((id) => sobjectUrl(ctx.version, object.name, id)),
  );
}

/**
 * POST /sobjects/X/Id: Salesforce's special case of upsert with `Id` as the external id and a null
 * value (API 37.0+, reference §2.4): it always inserts, answering like an upsert that created.
 * The body may not carry an Id.
 */
export function createByNullIdEndpoint(ctx: RestContext, type: string, body: unknown): RestResponse {
  const object = objectOrNotFound(ctx, type);
  const input = deserializeRecord(ctx.schema, object, body);
  if ([...input.values.keys()].some((field) => field.name === "Id")) {
    throw new SfError("INVALID_FIELD", "The Id field should not be specified in the sobject data.", { fields: ["Id"] });
  }
  const id = createRecord(ctx, input);
  return json(
    201,
    { id, success: true, errors: [], created: true },
    { Location: sobjectUrl(ctx.version, object.name, id) },
  );
}

/** True for /sobjects/X/Id, where Salesforce allows only GET, HEAD and POST (jsforce #667). */
export function isNullIdUrl(ctx: RestContext, type: string, segment: string): boolean {
  const object = ctx.schema.object(type);
  return object !== undefined && ctx.schema.field(object, segment)?.name === "Id";
}
