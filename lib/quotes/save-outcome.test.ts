import { describe, expect, it } from "vitest";
import { ApiRequestError } from "@/lib/api/api-request-error";
import { toSaveOutcome } from "@/lib/quotes/save-outcome";

describe("toSaveOutcome", () => {
  it("calls a stale version a conflict", () => {
    expect(toSaveOutcome(new ApiRequestError(409, "stale_version", "This quote changed"))).toEqual({
      ok: false,
      kind: "conflict",
      message: "This quote changed",
    });
  });

  it("keeps the API's problems when it refuses the draft, and does not retry what it refused", () => {
    const problems = [{ path: "contactIds[0]", message: "is not a contact of this quote's customer" }];
    expect(toSaveOutcome(new ApiRequestError(400, "validation_failed", "1 problem", problems))).toEqual({
      ok: false,
      kind: "rejected",
      message: "1 problem",
      problems,
    });
    expect(toSaveOutcome(new ApiRequestError(409, "quote_closed", "accepted")).ok === false && "rejected").toBe(
      "rejected",
    );
    expect(toSaveOutcome(new ApiRequestError(403, "forbidden", "not yours"))).toMatchObject({ kind: "rejected" });
  });

  it("retries what may pass later: the network, the server, throttling, a lapsed session", () => {
    for (const error of [
      new ApiRequestError(0, "network_error", "unreachable"),
      new ApiRequestError(503, "unavailable", "down"),
      new ApiRequestError(429, "rate_limited", "slow down"),
      new ApiRequestError(401, "unauthorized", "who are you"),
      new TypeError("JSON.parse: unexpected end of data"),
    ]) {
      expect(toSaveOutcome(error)).toMatchObject({ ok: false, kind: "failed" });
    }
    expect(toSaveOutcome(new ApiRequestError(401, "unauthorized", "x"))).toMatchObject({
      message: expect.stringMatching(/signed out.*Sign in again in a new tab/),
    });
  });
});
