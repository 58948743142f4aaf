import { describe, expect, it } from "vitest";
import * as route from "@/app/api/[...path]/route";
import { callRoute } from "@/server/testing/call-route";

// The catch-all answers synchronously; callRoute takes a route handler's async signature.
const get = async (request: Request) => route.GET(request);
const post = async (request: Request) => route.POST(request);

describe("an unknown API path", () => {
  it("answers 404 in the API's error shape and names the Sequence-Version, as every API response does", async () => {
    const response = await callRoute(get, "GET", "/api/prices", {
      headers: { "Sequence-Version": "2024-05-09" },
    });
    expect(response.status).toBe(404);
    expect(response.json.error).toMatchObject({ type: "NotFound", code: "route_not_found" });
    expect(response.headers.get("sequence-version")).toBe("2024-05-09");
    const unversioned = await callRoute(post, "POST", "/api/prices");
    expect(unversioned.headers.get("sequence-version")).toBe("2024-07-30");
  });
});
