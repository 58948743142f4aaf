import { jsonReply, type HttpReply, type HttpRequestInfo } from "@/tools/local-salesforce/http/http-exchange";
import { NOT_FOUND_MESSAGE } from "@/tools/local-salesforce/records/sf-error";
import { apiVersionList, isSupportedVersion } from "@/tools/local-salesforce/rest/api-versions";
import { routeRest } from "@/tools/local-salesforce/rest/route-rest";
import { bearerSession } from "@/tools/local-salesforce/oauth/bearer-user";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";

const VERSIONED = /^\/services\/data\/v(\d+\.\d)(\/.*)?$/;

/**
 * /services/data: the version list (public), then the versioned API: Bearer token granted the
 * `api` or `full` scope (401 INVALID_SESSION_ID otherwise), the daily allowance (403 REQUEST_LIMIT_EXCEEDED), a JSON body,
 * the route, and a rollback of everything the call wrote if it failed. Every versioned response
 * carries `Sforce-Limit-Info: api-usage=N/M` (reference §2.1).
 */
export function handleDataApi(runtime: OrgRuntime, request: HttpRequestInfo): HttpReply {
  const path = request.url.pathname;
  if (path === "/services/data" || path === "/services/data/") return jsonReply(200, apiVersionList());
  const match = VERSIONED.exec(path);
  const usage = () => runtime.apiUsage();
  const limitInfo = () => ({ "Sforce-Limit-Info": `api-usage=${usage().used}/${usage().limit}` });
  if (!match || !isSupportedVersion(String(match[1]))) {
    return jsonReply(404, [{ errorCode: "NOT_FOUND", message: NOT_FOUND_MESSAGE }]);
  }
  const session = bearerSession(runtime, request.headers.authorization);
  if (!session) {
    return jsonReply(401, [{ message: "Session expired or invalid", errorCode: "INVALID_SESSION_ID" }], limitInfo());
  }
  if (!session.apiAccess) {
    // What Salesforce answers a token granted neither `api` nor `full` (jsforce does not refresh on it).
    return jsonReply(
      401,
      [{ message: "This session is not valid for use with the REST API", errorCode: "INVALID_SESSION_ID" }],
      limitInfo(),
    );
  }
  const { user } = session;
  if (!runtime.countApiCall()) {
    return jsonReply(
      403,
      [{ message: "TotalRequests Limit exceeded.", errorCode: "REQUEST_LIMIT_EXCEEDED" }],
      limitInfo(),
    );
  }
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}): HttpReply => ({
    ...jsonReply(status, body, { ...headers, ...limitInfo() }),
    apiCall: true,
    userId: user.id,
  });
  const body = parseJsonBody(request);
  if (!body.ok) return reply(body.status, [body.error]);
  const ctx = { ...runtime.context(user), runtime, version: String(match[1]) };
  const mark = runtime.store.mark();
  try {
    const response = routeRest(ctx, {
      method: request.method,
      path: match[2] ?? "/",
      query: request.url.searchParams,
      body: body.value,
      headers: request.headers,
    });
    if (response.status >= 400) runtime.store.rollbackTo(mark);
    return response.status === 204
      ? { ...reply(204, undefined, response.headers), body: "" }
      : reply(response.status, response.body, response.headers);
  } catch (error) {
    runtime.store.rollbackTo(mark);
    runtime.options.onLog?.(
      `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return reply(500, [
      {
        errorCode: "UNKNOWN_EXCEPTION",
        message: "An unexpected error occurred. Please include this ErrorId if you contact support: local-org",
      },
    ]);
  } finally {
    runtime.store.commit();
    runtime.saveSoon();
  }
}

type ParsedBody =
  { ok: true; value: unknown } | { ok: false; status: number; error: { message: string; errorCode: string } };

/** Salesforce reads JSON bodies only when sent as JSON (415 otherwise) and rejects malformed JSON. */
function parseJsonBody(request: HttpRequestInfo): ParsedBody {
  const text = request.body.toString("utf8");
  if (text.trim() === "") return { ok: true, value: undefined };
  const type = request.headers["content-type"] ?? "";
  if (!/application\/json/i.test(type)) {
    return {
      ok: false,
      status: 415,
      error: {
        message: `Content-Type header specified in HTTP request is not supported: ${type || "(none)"}`,
        errorCode: "UNSUPPORTED_MEDIA_TYPE",
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      status: 400,
      error: { message: error instanceof Error ? error.message : "Malformed JSON", errorCode: "JSON_PARSER_ERROR" },
    };
  }
}
