import { requestError } from "@/tools/local-salesforce/records/sf-error";
import { json, type RestContext, type RestResponse } from "@/tools/local-salesforce/rest/rest-types";
import { parseSoql } from "@/tools/local-salesforce/soql/soql-parser";
import { resolveQuery } from "@/tools/local-salesforce/soql/resolve-query";
import { runQuery } from "@/tools/local-salesforce/soql/run-query";

const DEFAULT_BATCH = 2000;

/** GET /query?q=… and /queryAll?q=… (queryAll also returns deleted rows, IsDeleted = true). */
export function queryEndpoint(
  ctx: RestContext,
  text: string | null,
  includeDeleted: boolean,
  options: string | undefined,
): RestResponse {
  if (!text) throw requestError("MALFORMED_QUERY", "A query string has to be specified");
  const resolved = resolveQuery(ctx.schema, text, parseSoql(text), ctx.now().toISOString().slice(0, 10));
  const outcome = runQuery({ ...ctx, includeDeleted }, resolved);
  const batch = batchSize(options);
  if (outcome.records.length <= batch) {
    return json(200, { totalSize: outcome.totalSize, done: true, records: outcome.records });
  }
  const cursor = ctx.runtime.cursors.open(ctx.user.id, outcome.records, outcome.totalSize, Date.now());
  return pageOf(ctx, includeDeleted, cursor, outcome.records, outcome.totalSize, 0, batch);
}

/** GET /query/{locator}: the locator is `<cursor>-<offset>`, as in `01gD0000002HU6KIAW-2000`. */
export function queryMoreEndpoint(
  ctx: RestContext,
  locator: string,
  includeDeleted: boolean,
  options: string | undefined,
): RestResponse {
  const match = /^([A-Za-z0-9]{15,18})-(\d+)$/.exec(locator);
  const cursor = match ? ctx.runtime.cursors.read(String(match[1]), ctx.user.id, Date.now()) : undefined;
  const offset = Number(match?.[2]);
  if (!match || !cursor || offset >= cursor.records.length) {
    throw requestError("INVALID_QUERY_LOCATOR", "invalid query locator");
  }
  return pageOf(ctx, includeDeleted, String(match[1]), cursor.records, cursor.totalSize, offset, batchSize(options));
}

function pageOf(
  ctx: RestContext,
  includeDeleted: boolean,
  cursor: string,
  records: Array<Record<string, unknown>>,
  totalSize: number,
  offset: number,
  batch: number,
): RestResponse {
  const end = offset + batch;
  const done = end >= records.length;
  if (done) ctx.runtime.cursors.close(cursor);
  const resource = includeDeleted ? "queryAll" : "query";
  return json(200, {
    totalSize,
    done,
    ...(done ? {} : { nextRecordsUrl: `/services/data/v${ctx.version}/${resource}/${cursor}-${end}` }),
    records: records.slice(offset, end),
  });
}

/** `Sforce-Query-Options: batchSize=N` asks for pages of N records, 200 to 2,000. */
function batchSize(options: string | undefined): number {
  const match = /batchSize\s*=\s*(\d+)/i.exec(options ?? "");
  if (!match) return DEFAULT_BATCH;
  return Math.min(DEFAULT_BATCH, Math.max(200, Number(match[1])));
}
