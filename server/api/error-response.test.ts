import { describe, expect, it } from "vitest";
import { ApiError } from "@/server/api/api-error";
import { errorResponse } from "@/server/api/error-response";

describe("errorResponse", () => {
  it("challenges an API client to authenticate with HTTP Basic, as Sequence does", () => {
    const response = errorResponse(ApiError.unauthorized("Authentication required"), new Headers());
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Basic /);
  });

  it("does not challenge the app's own UI, whose browser would pop up a password dialog", async () => {
    const response = errorResponse(ApiError.unauthorized("Authentication required"), new Headers(), {
      challenge: false,
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBeNull();
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });
});
