import "server-only";
import type { Actor } from "@/server/auth/actor";
import { authenticateApiKey } from "@/server/auth/authenticate-api-key";
import type { Database } from "@/server/db/database";

/** Who sent this request, or null if nobody we know. Machine clients use HTTP Basic with an API key. */
export async function authenticateRequest({ db, request }: { db: Database; request: Request }): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) return authenticateApiKey({ db, authorization });
  return null;
}
