import { describe, expect, it } from "vitest";
import { localOrgOptionsFromEnv } from "@/tools/local-salesforce/env";

describe("local org environment", () => {
  it("defaults to 127.0.0.1:4010, .data/local-salesforce and the app on localhost:3000", () => {
    expect(localOrgOptionsFromEnv({})).toEqual({
      port: 4010,
      host: "127.0.0.1",
      dataDir: ".data/local-salesforce",
      appUrl: "http://localhost:3000",
      callbackUrls: undefined,
      clientId: undefined,
      clientSecret: undefined,
      accessTokenTtlSeconds: 7200,
      publicUrl: undefined,
    });
  });

  it("reads every variable, callback URLs comma-separated", () => {
    const options = localOrgOptionsFromEnv({
      LOCAL_ORG_PORT: "5010",
      LOCAL_ORG_APP_URL: "http://localhost:3100",
      LOCAL_ORG_CALLBACK_URLS: "http://localhost:3100/auth/callback, http://127.0.0.1:3100/auth/callback",
      LOCAL_ORG_CLIENT_ID: "id",
      LOCAL_ORG_CLIENT_SECRET: "secret",
      LOCAL_ORG_ACCESS_TOKEN_TTL_SECONDS: "60",
      LOCAL_ORG_DATA_DIR: "/tmp/org",
    });
    expect(options).toMatchObject({
      port: 5010,
      callbackUrls: ["http://localhost:3100/auth/callback", "http://127.0.0.1:3100/auth/callback"],
      accessTokenTtlSeconds: 60,
      dataDir: "/tmp/org",
    });
  });

  it("stops with a message naming the variable that is wrong", () => {
    expect(() => localOrgOptionsFromEnv({ LOCAL_ORG_PORT: "http" })).toThrow(/LOCAL_ORG_PORT/);
    expect(() => localOrgOptionsFromEnv({ LOCAL_ORG_CALLBACK_URLS: "not a url" })).toThrow(/LOCAL_ORG_CALLBACK_URLS/);
    expect(() => localOrgOptionsFromEnv({ LOCAL_ORG_APP_URL: "ftp://x" })).toThrow(/LOCAL_ORG_APP_URL/);
  });
});
