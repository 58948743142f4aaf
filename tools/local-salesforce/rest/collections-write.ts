import { z } from "zod";
import { deserializeRecord, type RecordInput } from "@/tools/local-salesforce/records/deserialize-record";
import { createRecord, updateRecord } from "@/tools/local-salesforce/records/save-record";
import { notFound, requestError, SfError } from "@/tools/local-salesforce/records/sf-error";
import { upsertRecord } from "@/tools/local-salesforce/records/upsert-record";
import {
  checkCollectionSize,
  runCollection,
  type CollectionItem,
} from "@/tools/local-salesforce/rest/collection-results";
import { parseBody } from "@/tools/local-salesforce/rest/parse-body";
import { json, type RestContext, type RestResponse } from "@/tools/local-salesforce/rest/rest-types";
import type { ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";

const recordSchema = z.record(z.string(), z.unknown());
const bodySchema = z.object({ allOrNone: z.boolean().default(false), records: z.array(recordSchema) });

type RawRecord = z.infer<typeof recordSchema>;

/** POST /composite/sobjects: create up to 200 records of any types (reference §2.7). */
export function collectionCreate(ctx: RestContext, body: unknown): RestResponse {
  const { allOrNone, records } = parseBody(bodySchema, body);
  checkCollectionSize(records.length);
  const inputs = records.map((record) => deserializeRecord(ctx.schema, typeOf(ctx, record), record));
  const items = inputs.map((input): CollectionItem => ({
    keepIdOnRollback: false,
    run: () => ({ id: createRecord(ctx, input) }),
  }));
  return json(200, runCollection(ctx, items, allOrNone));
}

/** PATCH /composite/sobjects: update up to 200 records, each naming its id and type. */
export function collectionUpdate(ctx: RestContext, body: unknown): RestResponse {
  const { allOrNone, records } = parseBody(bodySchema, body);
  checkCollectionSize(records.length);
  const prepared = records.map((record) => ({
    id: recordId(record),
    input: deserializeRecord(ctx.schema, typeOf(ctx, record), record),
  }));
  const items = prepared.map(({ id, input }): CollectionItem => ({
    knownId: id,
    keepIdOnRollback: true,
    run: () => {
      if (!id) throw new SfError("MISSING_ARGUMENT", "Id not specified in an update call", { fields: ["Id"] });
      return { id: updateRecord(ctx, input, id, "collection") };
    },
  }));
  return json(200, runCollection(ctx, items, allOrNone));
}

/**
 * PATCH /composite/sobjects/X/{externalIdField}: upsert up to 200 records of one type by the
 * external id each carries. Two records with the same value both fail DUPLICATE_EXTERNAL_ID.
 */
export function collectionUpsert(ctx: RestContext, type: string, fieldName: string, body: unknown): RestResponse {
  const object = ctx.schema.object(type);
  if (!object) throw notFound();
  const field = ctx.schema.field(object, fieldName);
  if (!field || field.name === "Id" || !(field.externalId || field.idLookup)) throw notFound();
  const { allOrNone, records } = parseBody(bodySchema, body);
  checkCollectionSize(records.length);
  const inputs = records.map((record) => {
    if (typeOf(ctx, record) !== object) {
      throw requestError("INVALID_TYPE", `Every record must be of type ${object.name}, the type in the URI`);
    }
    return deserializeRecord(ctx.schema, object, record);
  });
  const valueOf = (input: RecordInput) => {
    const value = input.values.get(field);
    return typeof value === "string" && !field.caseSensitive ? value.toLowerCase() : value;
  };
  const counts = new Map<unknown, number>();
  for (const input of inputs) counts.set(valueOf(input), (counts.get(valueOf(input)) ?? 0) + 1);
  const items = inputs.map((input): CollectionItem => ({
    keepIdOnRollback: true,
    run: () => {
      const value = input.values.get(field) ?? null;
      if (value !== null && (counts.get(valueOf(input)) ?? 0) > 1) {
        throw new SfError("DUPLICATE_EXTERNAL_ID", `Duplicate external id specified: ${String(value)}`, {
          fields: [field.name],
        });
      }
      const result = upsertRecord(ctx, input, field, value);
      if (result.kind === "multiple") {
        throw new SfError(
          "DUPLICATE_EXTERNAL_ID",
          `${field.name}: more than one record found for external id field: ${result.ids.join(", ")}`,
          {
            fields: [field.name],
          },
        );
      }
      return { id: result.id, created: result.created };
    },
  }));
  return json(200, runCollection(ctx, items, allOrNone));
}

function typeOf(ctx: RestContext, record: RawRecord): ObjectDefinition {
  const attributes = record.attributes as { type?: unknown } | undefined;
  const type = typeof attributes?.type === "string" ? attributes.type : undefined;
  if (!type) throw requestError("INVALID_TYPE", "Each record needs attributes.type naming its sObject type");
  const object = ctx.schema.object(type);
  if (!object) throw requestError("INVALID_TYPE", `sObject type '${type}' is not supported.`);
  return object;
}

function recordId(record: RawRecord): string | undefined {
  const id = record.id ?? record.Id;
  return typeof id === "string" && id !== "" ? id : undefined;
}
