import { z } from "zod";
import { requestError } from "@/tools/local-salesforce/records/sf-error";
import type { ReferenceResults } from "@/tools/local-salesforce/rest/composite-references";
import {
  REFERENCE_ID,
  rolledBack,
  runSubrequest,
  splitDataUrl,
  subrequestSchema,
  type Dispatch,
  type SubrequestResult,
} from "@/tools/local-salesforce/rest/composite-subrequest";
import { parseBody } from "@/tools/local-salesforce/rest/parse-body";
import { json, type RestContext, type RestResponse } from "@/tools/local-salesforce/rest/rest-types";

const compositeSchema = z.object({
  allOrNone: z.boolean().default(false),
  collateSubrequests: z.boolean().default(true),
  compositeRequest: z.array(subrequestSchema).min(1),
});

const MAX_SUBREQUESTS = 25;
const MAX_COLLECTION_OR_QUERY = 5;
const FORBIDDEN_HEADERS = new Set(["accept", "authorization", "content-type"]);
/** The resources a composite subrequest may call (reference §2.8). */
const SUPPORTED_TARGET = /^\/(sobjects|query|queryAll|composite\/sobjects)(\/|$)/;

/**
 * POST /composite (reference §2.8): up to 25 subrequests (at most 5 collections or queries),
 * `@{ref.field}` references, HTTP 200 with one result per subrequest. With allOrNone, one failure
 * rolls everything back and every other subrequest reports PROCESSING_HALTED. Limit and envelope
 * errors use codes the reference does not quote (LIMIT_EXCEEDED, INVALID_INPUT; unconfirmed).
 */
export function compositeEndpoint(ctx: RestContext, dispatch: Dispatch, body: unknown): RestResponse {
  const request = parseBody(compositeSchema, body);
  checkEnvelope(request.compositeRequest);
  const results: SubrequestResult[] = [];
  const references: ReferenceResults = new Map();
  const start = ctx.store.mark();
  let failed = false;
  for (const subrequest of request.compositeRequest) {
    if (request.allOrNone && failed) {
      results.push(rolledBack(subrequest.referenceId));
      continue;
    }
    const mark = ctx.store.mark();
    const result = runSubrequest(ctx, dispatch, subrequest, references);
    const ok = result.httpStatusCode < 400;
    if (!ok) {
      ctx.store.rollbackTo(mark);
      failed = true;
    }
    references.set(subrequest.referenceId, ok ? result.body : undefined);
    results.push(result);
  }
  if (request.allOrNone && failed) {
    ctx.store.rollbackTo(start);
    ctx.access.forget();
    return json(200, {
      compositeResponse: results.map((result) =>
        result.httpStatusCode < 400 ? rolledBack(result.referenceId) : result,
      ),
    });
  }
  return json(200, { compositeResponse: results });
}

function checkEnvelope(subrequests: z.infer<typeof subrequestSchema>[]): void {
  if (subrequests.length > MAX_SUBREQUESTS) {
    throw requestError(
      "LIMIT_EXCEEDED",
      `A composite request can have at most ${MAX_SUBREQUESTS} subrequests; it has ${subrequests.length}.`,
    );
  }
  const heavy = subrequests.filter((subrequest) => {
    const path = splitDataUrl(subrequest.url)?.path ?? "";
    return /^\/(query|queryAll|composite\/sobjects)(\/|$)/.test(path);
  });
  if (heavy.length > MAX_COLLECTION_OR_QUERY) {
    throw requestError(
      "LIMIT_EXCEEDED",
      `A composite request can have at most ${MAX_COLLECTION_OR_QUERY} sObject Collections or query subrequests; it has ${heavy.length}.`,
    );
  }
  const seen = new Set<string>();
  for (const subrequest of subrequests) {
    const target = splitDataUrl(subrequest.url.replace(/@\{[^}]*\}/g, "ref"));
    if (target && !SUPPORTED_TARGET.test(target.path)) {
      throw requestError(
        "INVALID_INPUT",
        `A composite subrequest cannot call ${target.path}; use sObject, query or sObject Collections resources.`,
      );
    }
    if (!REFERENCE_ID.test(subrequest.referenceId)) {
      throw requestError(
        "INVALID_INPUT",
        `Invalid referenceId '${subrequest.referenceId}': use letters, digits and underscores, starting with a letter or digit.`,
      );
    }
    if (seen.has(subrequest.referenceId)) {
      throw requestError(
        "INVALID_INPUT",
        `Duplicate referenceId '${subrequest.referenceId}' in the composite request.`,
      );
    }
    seen.add(subrequest.referenceId);
    const forbidden = Object.keys(subrequest.httpHeaders ?? {}).find((name) =>
      FORBIDDEN_HEADERS.has(name.toLowerCase()),
    );
    if (forbidden) {
      throw requestError("INVALID_INPUT", `The ${forbidden} header cannot be set on a composite subrequest.`);
    }
  }
}
