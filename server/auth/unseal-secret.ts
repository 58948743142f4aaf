import "server-only";
import { unsealData } from "iron-session";
import { getAppSecrets } from "@/server/auth/get-app-secrets";

/** Reverses sealSecret; throws if the seal was tampered with or made with another key. */
export async function unsealSecret(sealed: string): Promise<string> {
  const data = await unsealData<{ secret?: unknown }>(sealed, { password: getAppSecrets().tokenEncryptionKey, ttl: 0 });
  if (typeof data.secret !== "string") throw new Error("the stored token could not be decrypted with the current key");
  return data.secret;
}
