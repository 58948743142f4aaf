import { z } from "zod";
import { canonicalId18 } from "@/lib/salesforce/record-id";
import { deleteRecord } from "@/tools/local-salesforce/records/delete-record";
import { serializeRecord } from "@/tools/local-salesforce/records/serialize-record";
import { requestError } from "@/tools/local-salesforce/records/sf-error";
import { checkCollectionSize, runCollection } from "@/tools/local-salesforce/rest/collection-results";
import { parseBody } from "@/tools/local-salesforce/rest/parse-body";
import { json, type RestContext, type RestResponse } from "@/tools/local-salesforce/rest/rest-types";
import { objectOrNotFound, selectedFields } from "@/tools/local-salesforce/rest/sobject-rows";

/** Salesforce retrieves up to 2,000 ids per collection call (reference §2.7: keep GETs near 800 for URL length). */
const RETRIEVE_LIMIT = 2000;

/** DELETE /composite/sobjects?ids=a,b[&allOrNone=true] */
export function collectionDelete(ctx: RestContext, query: URLSearchParams): RestResponse {
  const ids = splitList(query.get("ids"));
  if (ids.length === 0) throw requestError("MISSING_ARGUMENT", "ids parameter is required");
  checkCollectionSize(ids.length);
  const allOrNone = query.get("allOrNone") === "true";
  const items = ids.map((id) => ({
    knownId: id,
    keepIdOnRollback: true,
    run: () => ({ id: deleteRecord(ctx, id, "collection") }),
  }));
  return json(200, runCollection(ctx, items, allOrNone));
}

const retrieveBodySchema = z.object({ ids: z.array(z.string()), fields: z.array(z.string()).min(1) });

/**
 * GET /composite/sobjects/X?ids=…&fields=… and POST /composite/sobjects/X {ids, fields}: the records
 * in request order, null where an id is unknown, deleted or not visible to the user.
 */
export function collectionRetrieve(
  ctx: RestContext,
  type: string,
  method: string,
  query: URLSearchParams,
  body: unknown,
): RestResponse {
  const object = objectOrNotFound(ctx, type);
  const request =
    method === "POST"
      ? parseBody(retrieveBodySchema, body)
      : { ids: splitList(query.get("ids")), fields: splitList(query.get("fields")) };
  if (request.fields.length === 0) throw requestError("MISSING_ARGUMENT", "fields parameter is required");
  checkCollectionSize(request.ids.length, RETRIEVE_LIMIT);
  const fields = selectedFields(ctx.schema, object, request.fields.join(","));
  return json(
    200,
    request.ids.map((raw) => {
      const id = canonicalId18(raw);
      const record = id ? ctx.store.get(object.name, id) : undefined;
      return record && ctx.access.canRead(object.name, record)
        ? serializeRecord(ctx.version, object, record, fields)
        : null;
    }),
  );
}

function splitList(value: string | null): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
