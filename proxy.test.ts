import { NextRequest } from "next/server";
import { getRewrittenUrl, isRewrite, unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

describe("proxy", () => {
  it("sends Salesforce's Canvas POST to /launch to the route that verifies it", () => {
    const response = proxy(new NextRequest("http://localhost:3000/launch", { method: "POST" }));
    expect(isRewrite(response)).toBe(true);
    expect(getRewrittenUrl(response)).toBe("http://localhost:3000/launch/canvas");
  });

  it("leaves the launch page's GET alone, and runs on nothing else", () => {
    expect(isRewrite(proxy(new NextRequest("http://localhost:3000/launch?opportunityId=006")))).toBe(false);
    expect(unstable_doesMiddlewareMatch({ config, url: "/launch" })).toBe(true);
    expect(unstable_doesMiddlewareMatch({ config, url: "/api/quotes" })).toBe(false);
  });
});
