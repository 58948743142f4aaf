import { z } from "zod";
import { NOT_FOUND_MESSAGE, SfError } from "@/tools/local-salesforce/records/sf-error";
import { isSupportedVersion } from "@/tools/local-salesforce/rest/api-versions";
import { resolveReferences, type ReferenceResults } from "@/tools/local-salesforce/rest/composite-references";
import type { RestContext, RestRequest, RestResponse } from "@/tools/local-salesforce/rest/rest-types";

export const REFERENCE_ID = /^[A-Za-z0-9][A-Za-z0-9_]*$/;

export const subrequestSchema = z.object({
  method: z.enum(["GET", "POST", "PATCH", "PUT", "DELETE", "HEAD"]),
  url: z.string().min(1),
  referenceId: z.string().min(1),
  body: z.unknown().optional(),
  httpHeaders: z.record(z.string(), z.string()).optional(),
});

export type Subrequest = z.infer<typeof subrequestSchema>;

export interface SubrequestResult {
  body: unknown;
  httpHeaders: Record<string, string>;
  httpStatusCode: number;
  referenceId: string;
}

export type Dispatch = (ctx: RestContext, request: RestRequest) => RestResponse;

export const ROLLED_BACK_MESSAGE =
  "The transaction was rolled back since another operation in the same transaction failed.";

/** What a subrequest reports when its transaction was rolled back (reference §2.8, quoted). */
export function rolledBack(referenceId: string): SubrequestResult {
  return {
    body: [{ errorCode: "PROCESSING_HALTED", message: ROLLED_BACK_MESSAGE }],
    httpHeaders: {},
    httpStatusCode: 400,
    referenceId,
  };
}

/** Splits `/services/data/v62.0/sobjects/Account?x=1` into its version, path and query. */
export function splitDataUrl(url: string): { version: string; path: string; query: URLSearchParams } | undefined {
  const match = /^\/services\/data\/v(\d+\.\d)(\/[^?]*)?(?:\?(.*))?$/.exec(url);
  if (!match) return undefined;
  return { version: String(match[1]), path: match[2] ?? "/", query: new URLSearchParams(match[3] ?? "") };
}

/** Runs one subrequest of a composite or graph request through the ordinary REST routes. */
export function runSubrequest(
  ctx: RestContext,
  dispatch: Dispatch,
  subrequest: Subrequest,
  results: ReferenceResults,
): SubrequestResult {
  const { referenceId } = subrequest;
  try {
    const url = resolveReferences(subrequest.url, results);
    const body = resolveReferences(subrequest.body, results);
    const target = splitDataUrl(url);
    if (!target || !isSupportedVersion(target.version)) {
      throw new SfError("NOT_FOUND", NOT_FOUND_MESSAGE, { status: 404 });
    }
    const headers = Object.fromEntries(
      Object.entries(subrequest.httpHeaders ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const response = dispatch(
      { ...ctx, version: target.version },
      { method: subrequest.method, path: target.path, query: target.query, body, headers },
    );
    return {
      body: response.body ?? null,
      httpHeaders: response.headers ?? {},
      httpStatusCode: response.status,
      referenceId,
    };
  } catch (error) {
    if (!(error instanceof SfError)) throw error;
    return { body: [error.toRestError()], httpHeaders: {}, httpStatusCode: error.status, referenceId };
  }
}
