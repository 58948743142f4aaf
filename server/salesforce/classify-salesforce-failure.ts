import { ZodError } from "zod";
import { SalesforceFailure } from "@/server/salesforce/salesforce-failure";

/**
 * Error codes that say "try again later" rather than "this record is wrong" (reference §2.6): row
 * locks, Salesforce being briefly unavailable or slow, and its unexpected internal errors.
 */
const TRANSIENT_CODES = new Set([
  "UNABLE_TO_LOCK_ROW",
  "SERVER_UNAVAILABLE",
  "UNKNOWN_EXCEPTION",
  "QUERY_TIMEOUT",
  "REQUEST_RUNNING_TOO_LONG",
  "CONCURRENT_REQUEST_LIMIT_EXCEEDED",
  "INVALID_SESSION_ID",
]);
const RATE_LIMITED_CODES = new Set(["REQUEST_LIMIT_EXCEEDED", "ERROR_HTTP_429", "ERROR_HTTP_420"]);
/** Network failures node-fetch (jsforce 3.10.16's HTTP client) reports by `code`. */
const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ENOTFOUND",
  "ENETDOWN",
  "ENETUNREACH",
  "EHOSTDOWN",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
]);
/** What a refused refresh says: the connection was revoked or its user deactivated; an admin must reconnect. */
const REVOKED = /invalid_grant|expired access\/refresh token|inactive user|authentication failure|invalid_client/i;

/** Classifies a Salesforce error code (from a thrown jsforce error or a failed graph node). */
export function classifyCode(code: string): SalesforceFailure["kind"] {
  if (RATE_LIMITED_CODES.has(code)) return "rate_limited";
  if (TRANSIENT_CODES.has(code) || /^ERROR_HTTP_5\d\d$/.test(code)) return "transient";
  return "permanent";
}

/**
 * Turns whatever a jsforce call threw into a SalesforceFailure. jsforce errors carry Salesforce's
 * `errorCode` but no HTTP status (stack.md); network errors carry node's `code`; a timeout aborts.
 */
export function classifySalesforceFailure(error: unknown): SalesforceFailure {
  if (error instanceof SalesforceFailure) return error;
  const candidate = error as { name?: unknown; code?: unknown; errorCode?: unknown; message?: unknown };
  const message = typeof candidate.message === "string" ? candidate.message : String(error);
  if (typeof candidate.errorCode === "string") {
    return new SalesforceFailure(candidate.errorCode, message, classifyCode(candidate.errorCode));
  }
  if (candidate.name === "AbortError" || /aborted due to timeout/i.test(message)) {
    return new SalesforceFailure(
      "TIMEOUT",
      "Salesforce did not answer in time; the write will be retried.",
      "transient",
      undefined,
      [],
      true,
    );
  }
  if (candidate.name === "FetchError" || (typeof candidate.code === "string" && NETWORK_CODES.has(candidate.code))) {
    const code = typeof candidate.code === "string" ? candidate.code : "NETWORK_ERROR";
    return new SalesforceFailure(
      code,
      `Salesforce could not be reached (${message}).`,
      "transient",
      undefined,
      [],
      true,
    );
  }
  if (/^Unable to refresh session/.test(message)) {
    return REVOKED.test(message)
      ? new SalesforceFailure(
          "CONNECTION_REVOKED",
          `Salesforce refused the stored connection (${message}). An admin must reconnect Salesforce on the Salesforce page.`,
          "permanent",
        )
      : new SalesforceFailure("TOKEN_REFRESH_FAILED", message, "transient");
  }
  if (error instanceof ZodError) {
    return new SalesforceFailure(
      "UNEXPECTED_RESPONSE",
      `Salesforce answered in a shape the app does not understand: ${error.issues[0]?.message ?? "unknown"}.`,
      "transient",
    );
  }
  return new SalesforceFailure("UNKNOWN_ERROR", message, "transient");
}
