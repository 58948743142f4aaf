import { createHash } from "node:crypto";

/** API key secrets are 256 random bits, so SHA-256 is enough: there is nothing to brute-force. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
