import "server-only";
import { sealData } from "iron-session";
import { getAppSecrets } from "@/server/auth/get-app-secrets";

/** Encrypts and authenticates a secret (a Salesforce token) for storage, with iron's AES-256 + HMAC seal. */
export function sealSecret(secret: string): Promise<string> {
  return sealData({ secret }, { password: getAppSecrets().tokenEncryptionKey, ttl: 0 });
}
