import { canonicalId18 } from "@/lib/salesforce/record-id";
import { NOT_FOUND_MESSAGE, SfError } from "@/tools/local-salesforce/records/sf-error";
import type { WriteContext } from "@/tools/local-salesforce/records/write-context";
import type { ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";
import type { StoredRecord } from "@/tools/local-salesforce/store/org-state";

/**
 * How a missing record is reported. On a REST row URL (/sobjects/X/{id}) Salesforce answers 404
 * NOT_FOUND; inside sObject Collections, where the id is data, it reports a record error
 * (MALFORMED_ID for a bad id, as in reference §2.7; INVALID_CROSS_REFERENCE_KEY for an unknown one,
 * the code the reference quotes from a real org for collections, jsforce #1067).
 */
export type MissingStyle = "row" | "collection";

export interface ExistingRecord {
  object: ObjectDefinition;
  record: StoredRecord;
}

export function findExistingRecord(
  ctx: WriteContext,
  rawId: string,
  style: MissingStyle,
  expected?: ObjectDefinition,
): ExistingRecord {
  const id = canonicalId18(rawId);
  const object = id ? ctx.schema.objectByPrefix(id.slice(0, 3)) : undefined;
  if (!id || !object || (expected && object !== expected)) {
    if (style === "row") {
      // A row URL whose last segment is not an id reads as /sobjects/X/{externalIdField} (reference §2.4).
      throw new SfError(
        "NOT_FOUND",
        id ? NOT_FOUND_MESSAGE : `Provided external ID field does not exist or is not accessible: ${rawId}`,
        {
          status: 404,
          scope: "request",
        },
      );
    }
    const label = expected?.label ?? object?.label ?? "Record";
    throw new SfError("MALFORMED_ID", `${label} ID: id value of incorrect type: ${rawId}`, { fields: ["Id"] });
  }
  const record = ctx.store.get(object.name, id);
  if (record) return { object, record };
  if (ctx.store.deleted(id)) {
    throw new SfError("ENTITY_IS_DELETED", "entity is deleted", { fields: [], status: style === "row" ? 404 : 400 });
  }
  if (style === "row") throw new SfError("NOT_FOUND", NOT_FOUND_MESSAGE, { status: 404, scope: "request" });
  throw new SfError("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", { fields: [] });
}

/** Writes need edit access; Salesforce reports both "cannot see" and "read only" this way. */
export function insufficientAccess(): SfError {
  return new SfError("INSUFFICIENT_ACCESS_OR_READONLY", "insufficient access rights on object id", { fields: [] });
}
