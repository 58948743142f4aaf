import { describe, expect, it } from "vitest";
import { readEnv } from "@/server/env";

describe("readEnv", () => {
  it("runs on embedded defaults with nothing configured", () => {
    const env = readEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      DATA_DIR: ".data",
      appBaseUrl: "http://localhost:3000",
      demoData: true,
      salesforceLoginUrl: "http://127.0.0.1:4010",
      SALESFORCE_API_VERSION: "62.0",
      adminUsernames: [],
    });
  });

  it("turns demo data off with PostgreSQL and reads admin usernames case-insensitively", () => {
    const env = readEnv({
      DATABASE_URL: "postgres://u@h/db",
      ADMIN_USERNAMES: " Ada@X.test , bob@x.test,",
      PORT: "8080",
    });
    expect(env.demoData).toBe(false);
    expect(env.adminUsernames).toEqual(["ada@x.test", "bob@x.test"]);
    expect(env.appBaseUrl).toBe("http://localhost:8080");
  });

  it("refuses a Salesforce API version older than composite graph (50.0)", () => {
    expect(() => readEnv({ SALESFORCE_API_VERSION: "45.0" })).toThrow(/SALESFORCE_API_VERSION: must be 50.0 or later/);
    expect(readEnv({ SALESFORCE_API_VERSION: "50.0" }).SALESFORCE_API_VERSION).toBe("50.0");
  });

  it("names every malformed variable", () => {
    expect(() => readEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", SESSION_SECRET: "short" })).toThrow(
      /PORT[\s\S]*DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ connection string[\s\S]*SESSION_SECRET: must be at least 32 characters/,
    );
  });

  it("reads the seller from MERCHANT_BRANDING, naming what is wrong in it, and uses the demo company only with demo data", () => {
    const seller = {
      legalCompanyName: "Acme Corp",
      address: { line1: "1 Main St", town: "London", postcode: "E1 6AN", country: "GB" },
      email: "billing@acme.example",
    };
    expect(
      readEnv({ DATABASE_URL: "postgres://u@h/db", MERCHANT_BRANDING: JSON.stringify(seller) }).merchantBranding,
    ).toEqual(seller);
    expect(readEnv({}).merchantBranding?.legalCompanyName).toBe("Sequence CPQ Demo Ltd");
    expect(readEnv({ DATABASE_URL: "postgres://u@h/db" }).merchantBranding).toBeUndefined();
    expect(() => readEnv({ MERCHANT_BRANDING: "{" })).toThrow(/MERCHANT_BRANDING: must be a JSON object/);
    expect(() => readEnv({ MERCHANT_BRANDING: JSON.stringify({ ...seller, email: "nope" }) })).toThrow(
      /MERCHANT_BRANDING\.email: must be an email address/,
    );
  });
});
