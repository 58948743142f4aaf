import type { WriteContext } from "@/tools/local-salesforce/records/write-context";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";

/** One REST call, relative to its version root: `/sobjects/Account` for /services/data/v62.0/sobjects/Account. */
export interface RestRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string | undefined>;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RestContext extends WriteContext {
  runtime: OrgRuntime;
  /** The API version of the call, "62.0". */
  version: string;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): RestResponse {
  return headers ? { status, body, headers } : { status, body };
}

export function noContent(): RestResponse {
  return { status: 204 };
}
