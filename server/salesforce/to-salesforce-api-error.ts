import "server-only";
import { ApiError } from "@/server/api/api-error";

/** What jsforce throws: HttpApiError (not exported; reference §1.5) carries `errorCode`, OAuth errors a `name`. */
type ThrownBySalesforce = { errorCode?: unknown; name?: unknown; message?: unknown; code?: unknown; type?: unknown };

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EPIPE", "EAI_AGAIN"]);

/**
 * Turns anything a Salesforce call threw into an ApiError a person can act on: never a 500, and
 * never a bare error code. `action` completes "while trying to …" (for example "read this
 * opportunity"); `insufficientAccess` replaces the generic message for INSUFFICIENT_ACCESS_*,
 * because what to do then depends on the record.
 */
export function toSalesforceApiError(
  error: unknown,
  { action, insufficientAccess }: { action: string; insufficientAccess?: string },
): ApiError {
  if (error instanceof ApiError) return error;
  const thrown = (typeof error === "object" && error !== null ? error : {}) as ThrownBySalesforce;
  const errorCode = typeof thrown.errorCode === "string" ? thrown.errorCode : undefined;
  const name = typeof thrown.name === "string" ? thrown.name : "";
  const message = typeof thrown.message === "string" ? thrown.message : String(error);

  // jsforce wraps a failed refresh in a plain Error ("Unable to refresh session due to: …"), and
  // there is nothing to refresh with when the token came without a refresh token (Canvas, password).
  if (
    errorCode === "INVALID_SESSION_ID" ||
    name === "invalid_grant" ||
    message.startsWith("Unable to refresh session") ||
    message.includes("No refresh token found")
  ) {
    return new ApiError(
      401,
      "SalesforceSessionExpired",
      "salesforce_session_expired",
      "Your Salesforce session has expired. Sign in with Salesforce again to continue.",
    );
  }
  if (
    (typeof thrown.code === "string" && NETWORK_CODES.has(thrown.code)) ||
    thrown.type === "system" ||
    name === "FetchError"
  ) {
    return new ApiError(
      503,
      "SalesforceUnavailable",
      "salesforce_unreachable",
      `Salesforce could not be reached while trying to ${action} (${message}). Nothing was changed; try again in a moment.`,
    );
  }
  switch (errorCode) {
    case "INSUFFICIENT_ACCESS_OR_READONLY":
    case "INSUFFICIENT_ACCESS":
    case "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY":
      return new ApiError(
        403,
        "SalesforceAccessDenied",
        "salesforce_insufficient_access",
        insufficientAccess ??
          `Salesforce doesn't let you ${action} (${message}). Ask the record's owner or your Salesforce admin for access.`,
      );
    case "REQUEST_LIMIT_EXCEEDED":
      return new ApiError(
        503,
        "SalesforceLimitExceeded",
        "salesforce_api_limit",
        `Your Salesforce org has used up its API allowance (${message}), so Sequence CPQ could not ${action}. Try again later, or ask your Salesforce admin to check the org's API usage.`,
      );
    case "UNABLE_TO_LOCK_ROW":
      return new ApiError(
        409,
        "SalesforceBusy",
        "salesforce_record_locked",
        `Salesforce is busy updating the same record, so Sequence CPQ could not ${action}. Try again in a moment.`,
      );
    case "FIELD_CUSTOM_VALIDATION_EXCEPTION":
      return new ApiError(
        422,
        "SalesforceValidation",
        "salesforce_validation_rule",
        `A validation rule in Salesforce refused to let Sequence CPQ ${action}: ${message} Ask your Salesforce admin about the rule.`,
      );
    case "INVALID_FIELD":
    case "INVALID_TYPE":
      return new ApiError(
        502,
        "SalesforceNotSetUp",
        "salesforce_not_set_up",
        `Salesforce refused to let Sequence CPQ ${action}: ${message}. The Sequence package may be missing or multi-currency may be off in this org; ask your Salesforce admin to install the package and turn on multi-currency.`,
      );
    case "NOT_FOUND":
    case "ENTITY_IS_DELETED":
      return new ApiError(
        404,
        "SalesforceRecordNotFound",
        "salesforce_record_not_found",
        `Salesforce could not find the record while trying to ${action} (${message}); it may have been deleted.`,
      );
    default:
      console.warn(`[salesforce] unexpected error while trying to ${action}`, error);
      return new ApiError(
        502,
        "SalesforceError",
        "salesforce_error",
        `Salesforce answered with an error while Sequence CPQ tried to ${action}: ${message}${errorCode ? ` (${errorCode})` : ""}. Try again; if it keeps failing, show this message to your Salesforce admin.`,
      );
  }
}
