import { timingSafeEqual } from "node:crypto";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Actor } from "@/server/auth/actor";
import { hashSecret } from "@/server/auth/hash-secret";
import type { Database } from "@/server/db/database";
import { apiKeys } from "@/server/db/schema/users";

/** Writing last-used on every request would make every API call a write; once a minute is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Checks an `Authorization: Basic base64(clientId:clientSecret)` header, as Sequence's API does.
 * Returns the actor, or null when the header is not Basic or the credentials do not match.
 */
export async function authenticateApiKey({
  db,
  authorization,
}: {
  db: Database;
  authorization: string;
}): Promise<Actor | null> {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(authorization);
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return null;
  const clientId = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);

  const [key] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.clientId, clientId), isNull(apiKeys.revokedAt)))
    .limit(1);
  const given = Buffer.from(hashSecret(secret), "hex");
  const expected = Buffer.from(key?.secretHash ?? hashSecret(`${secret}-no-such-key`), "hex");
  if (!key || !timingSafeEqual(given, expected)) return null;

  const now = new Date();
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.id, key.id),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - LAST_USED_RESOLUTION_MS))),
      ),
    );
  return { kind: "apiKey", apiKeyId: key.id, name: key.name };
}
