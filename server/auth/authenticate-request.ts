import "server-only";
import { eq } from "drizzle-orm";
import { csrfHeader } from "@/lib/api/csrf-header";
import { ApiError } from "@/server/api/api-error";
import type { Actor } from "@/server/auth/actor";
import { authenticateApiKey } from "@/server/auth/authenticate-api-key";
import { readSession } from "@/server/auth/read-session";
import type { Database } from "@/server/db/database";
import { users } from "@/server/db/schema/users";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Who sent this request, or null if nobody we know. Machine clients use HTTP Basic with an API key;
 * the browser uses its session. Because the session cookie is SameSite=None (it must work inside a
 * Salesforce iframe), a session may change state only on requests that carry our custom header.
 */
export async function authenticateRequest({ db, request }: { db: Database; request: Request }): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) return authenticateApiKey({ db, authorization });
  const session = await readSession(request.headers);
  if (!session) return null;
  const [user] = await db.select().from(users).where(eq(users.id, session.userId)).limit(1);
  if (!user) return null;
  if (!SAFE_METHODS.has(request.method) && request.headers.get(csrfHeader.name) !== csrfHeader.value) {
    throw ApiError.forbidden(
      `This request changes data but does not carry the ${csrfHeader.name} header our app sends; it was refused to protect your session.`,
    );
  }
  return { kind: "user", userId: user.id, role: user.role, name: user.name };
}
