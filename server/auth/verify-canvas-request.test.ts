import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CanvasRequestError, verifyCanvasRequest } from "@/server/auth/verify-canvas-request";

const secret = "TEST_CONSUMER_SECRET_DO_NOT_USE";

function sign(envelope: object, key = secret): string {
  const encoded = Buffer.from(JSON.stringify(envelope)).toString("base64");
  return `${createHmac("sha256", key).update(encoded).digest("base64")}.${encoded}`;
}

const envelope = {
  algorithm: "HMACSHA256",
  userId: "005x0000001SyyEAAS",
  issuedAt: null,
  client: {
    oauthToken: "00Dx!token",
    instanceUrl: "https://example.my.salesforce.com",
    targetOrigin: "https://example.lightning.force.com",
  },
  context: {
    user: { userId: "005x0000001SyyEAAS", userName: "rep@example.com", fullName: "Rep One" },
    organization: { organizationId: "00Dx00000001hxyEAA", multicurrencyEnabled: true },
    environment: { parameters: { opportunityId: "006x0000001AbcdAAA" } },
  },
};

describe("verifyCanvasRequest", () => {
  it("checks the HMAC exactly as the reference's test vector computes it", () => {
    const vector =
      "ptMVUU9TmZwaEkh1qZA+1HBgHUz7hY5LG2Lev+9uUV4=.eyJhbGdvcml0aG0iOiJITUFDU0hBMjU2IiwidXNlcklkIjoiMDA1eDAwMDAwMDFTeXlFQUFTIn0=";
    // The vector's envelope has no client or context, so the signature passes and the shape check refuses it.
    expect(() => verifyCanvasRequest(vector, secret)).toThrow("lacks the user");
    expect(() => verifyCanvasRequest(vector, "another secret")).toThrow("signature does not match");
  });

  it("returns the envelope of a genuine request", () => {
    expect(verifyCanvasRequest(sign(envelope), secret).context.user.userName).toBe("rep@example.com");
  });

  it("reads issuedAt as Unix seconds, as the Canvas SDK's CanvasRequest declares it", () => {
    const seconds = Math.floor(Date.now() / 1000);
    expect(verifyCanvasRequest(sign({ ...envelope, issuedAt: seconds }), secret).userId).toBe(envelope.userId);
    expect(verifyCanvasRequest(sign({ ...envelope, issuedAt: String(seconds) }), secret).userId).toBe(envelope.userId);
  });

  it("refuses a tampered envelope, a wrong key and a stale request", () => {
    const genuine = sign(envelope);
    const [signature] = genuine.split(".");
    const tampered = `${signature}.${Buffer.from(JSON.stringify({ ...envelope, userId: "005attacker" })).toString("base64")}`;
    expect(() => verifyCanvasRequest(tampered, secret)).toThrow(CanvasRequestError);
    expect(() => verifyCanvasRequest(sign(envelope, "wrong"), secret)).toThrow("signature does not match");
    const stale = sign({ ...envelope, issuedAt: Date.now() - 60 * 60 * 1000 });
    expect(() => verifyCanvasRequest(stale, secret)).toThrow("stale");
    const staleInSeconds = sign({ ...envelope, issuedAt: Math.floor(Date.now() / 1000) - 60 * 60 });
    expect(() => verifyCanvasRequest(staleInSeconds, secret)).toThrow("stale");
    expect(() => verifyCanvasRequest("garbage", secret)).toThrow(CanvasRequestError);
    expect(() => verifyCanvasRequest(sign({ ...envelope, algorithm: "HMACSHA1" }), secret)).toThrow("algorithm");
  });
});
