import { describe, expect, it } from "vitest";
import * as route from "@/app/api/[...path]/route";
import { callRoute } from "@/server/testing/call-route";

describe("an unknown API path", () => {
  it("answers 404 in the API's error shape and names the Sequence-Version, as every API response does", async () => {
    const response = await callRoute(route.GET, "GET", "/api/prices", {
      headers: { "Sequence-Version": "2024-05-09" },
    });
    expect(response.status).toBe(404);
    expect(response.json.error).toMatchObject({ type: "NotFound", code: "route_not_found" });
    expect(response.headers.get("sequence-version")).toBe("2024-05-09");
    const unversioned = await callRoute(route.POST, "POST", "/api/prices");
    expect(unversioned.headers.get("sequence-version")).toBe("2024-07-30");
  });
});
