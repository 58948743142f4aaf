import type { Database } from "@/server/db/database";
import { createApiKey } from "@/server/auth/create-api-key";

/** A fresh API key and the `Authorization` header a machine client would send with it. */
export async function basicAuthHeader(db: Database, name = "test client"): Promise<{ authorization: string }> {
  const key = await createApiKey({ db, name });
  return { authorization: `Basic ${Buffer.from(`${key.clientId}:${key.clientSecret}`).toString("base64")}` };
}
