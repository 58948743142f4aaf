import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/** The parts of Salesforce's CanvasRequest envelope the app uses (reference/salesforce.md §4b). */
const canvasEnvelopeSchema = z.object({
  algorithm: z.string().optional(),
  userId: z.string().optional(),
  issuedAt: z.union([z.string(), z.number()]).nullish(),
  client: z.object({
    oauthToken: z.string(),
    instanceUrl: z.string(),
    refreshToken: z.string().nullish(),
    targetOrigin: z.string().optional(),
  }),
  context: z.object({
    user: z.object({
      userId: z.string(),
      userName: z.string(),
      fullName: z.string().optional(),
      email: z.string().optional(),
    }),
    organization: z.object({ organizationId: z.string(), multicurrencyEnabled: z.boolean().optional() }),
    environment: z
      .looseObject({
        parameters: z.record(z.string(), z.unknown()).nullish(),
        record: z.record(z.string(), z.unknown()).nullish(),
      })
      .optional(),
  }),
});

export type CanvasEnvelope = z.infer<typeof canvasEnvelopeSchema>;

export class CanvasRequestError extends Error {
  override readonly name = "CanvasRequestError";
}

/** A signed request older than this is refused as stale (a replay), when Salesforce dates it. */
const MAX_AGE_MS = 15 * 60 * 1000;

/**
 * `issuedAt` is Unix time in seconds (the Canvas SDK's CanvasRequest declares it an Integer), so it is
 * scaled to milliseconds; a value already in milliseconds, or an ISO date, is taken as it is.
 */
function issuedAtMs(issuedAt: string | number): number {
  const value = typeof issuedAt === "number" || /^\d+$/.test(issuedAt) ? Number(issuedAt) : Date.parse(issuedAt);
  return value < 1e12 ? value * 1000 : value;
}

/**
 * Verifies a Canvas `signed_request`: `<base64 HMAC-SHA256>.<base64 JSON envelope>`, the HMAC taken
 * over the encoded envelope with the connected app's consumer secret (standard Base64; the URL-safe
 * alphabet is accepted too). A tampered, malformed or stale request throws CanvasRequestError.
 */
export function verifyCanvasRequest(signedRequest: string, consumerSecret: string, now = Date.now()): CanvasEnvelope {
  const dot = signedRequest.indexOf(".");
  if (dot <= 0) throw new CanvasRequestError("not a Canvas signed request");
  const signature = Buffer.from(signedRequest.slice(0, dot), "base64");
  const encodedEnvelope = signedRequest.slice(dot + 1);
  const expected = createHmac("sha256", consumerSecret).update(encodedEnvelope, "utf8").digest();
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
    throw new CanvasRequestError(
      "the signature does not match: the request was not signed with this app's consumer secret",
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(encodedEnvelope, "base64").toString("utf8"));
  } catch {
    throw new CanvasRequestError("the envelope is not valid JSON");
  }
  const envelope = canvasEnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new CanvasRequestError("the envelope lacks the user, organization or OAuth token");
  if (envelope.data.algorithm && envelope.data.algorithm.toUpperCase() !== "HMACSHA256") {
    throw new CanvasRequestError(`unexpected algorithm ${envelope.data.algorithm}`);
  }
  const issuedAt = envelope.data.issuedAt;
  if (issuedAt !== null && issuedAt !== undefined) {
    const issued = issuedAtMs(issuedAt);
    if (!Number.isFinite(issued) || now - issued > MAX_AGE_MS || issued - now > MAX_AGE_MS) {
      throw new CanvasRequestError("the signed request is stale; reload the page in Salesforce");
    }
  }
  return envelope.data;
}
