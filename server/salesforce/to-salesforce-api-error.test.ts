import { describe, expect, it, vi } from "vitest";
import { ApiError } from "@/server/api/api-error";
import { toSalesforceApiError } from "@/server/salesforce/to-salesforce-api-error";

/** What jsforce throws for a REST error (reference §1.5): the code in `errorCode`, no HTTP status. */
const restError = (errorCode: string, message: string) =>
  Object.assign(new Error(message), { name: errorCode, errorCode });
const action = { action: "read this opportunity" };

describe("toSalesforceApiError", () => {
  it.each([
    [restError("INVALID_SESSION_ID", "Session expired or invalid"), 401, "salesforce_session_expired"],
    [new Error("Unable to refresh session due to: expired access/refresh token"), 401, "salesforce_session_expired"],
    [Object.assign(new Error("authentication failure"), { name: "invalid_grant" }), 401, "salesforce_session_expired"],
    [
      restError("INSUFFICIENT_ACCESS_OR_READONLY", "insufficient access rights on object id"),
      403,
      "salesforce_insufficient_access",
    ],
    [restError("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."), 503, "salesforce_api_limit"],
    [restError("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access"), 409, "salesforce_record_locked"],
    [
      restError("FIELD_CUSTOM_VALIDATION_EXCEPTION", "Close date must be in the future."),
      422,
      "salesforce_validation_rule",
    ],
    [
      restError("INVALID_FIELD", "No such column 'Sequence_Customer_ID__c' on entity 'Account'"),
      502,
      "salesforce_not_set_up",
    ],
    [restError("ENTITY_IS_DELETED", "entity is deleted"), 404, "salesforce_record_not_found"],
    [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:4010"), { code: "ECONNREFUSED" }),
      503,
      "salesforce_unreachable",
    ],
  ])("maps %s to %i %s", (error, status, code) => {
    const apiError = toSalesforceApiError(error, action);
    expect(apiError).toBeInstanceOf(ApiError);
    expect([apiError.status, apiError.code]).toEqual([status, code]);
  });

  it("says what the user cannot do, in the caller's words when it knows better", () => {
    const denied = restError("INSUFFICIENT_ACCESS_OR_READONLY", "insufficient access rights on object id");
    expect(toSalesforceApiError(denied, action).message).toBe(
      "Salesforce doesn't let you read this opportunity (insufficient access rights on object id). Ask the record's owner or your Salesforce admin for access.",
    );
    expect(toSalesforceApiError(denied, { ...action, insufficientAccess: "Ask the owner." }).message).toBe(
      "Ask the owner.",
    );
  });

  it("answers an error it does not know with Salesforce's own message, never as our 500", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const unknown = toSalesforceApiError(restError("UNKNOWN_EXCEPTION", "An unexpected error occurred."), action);
    expect(unknown.status).toBe(502);
    expect(unknown.message).toContain("An unexpected error occurred. (UNKNOWN_EXCEPTION)");
    const passThrough = ApiError.forbidden("already explained");
    expect(toSalesforceApiError(passThrough, action)).toBe(passThrough);
  });
});
