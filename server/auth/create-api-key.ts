import { randomBytes } from "node:crypto";
import type { Actor } from "@/server/auth/actor";
import { hashSecret } from "@/server/auth/hash-secret";
import { recordAudit } from "@/server/audit/record-audit";
import type { Database } from "@/server/db/database";
import { apiKeys } from "@/server/db/schema/users";

/** Creates a key and returns its secret; only a hash is kept, so this is the one time it is shown. */
export async function createApiKey({
  db,
  name,
  actor,
}: {
  db: Database;
  name: string;
  actor?: Actor;
}): Promise<{ id: string; clientId: string; clientSecret: string }> {
  const clientId = `cpq_${randomBytes(12).toString("hex")}`;
  const clientSecret = randomBytes(32).toString("base64url");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        name,
        clientId,
        secretHash: hashSecret(clientSecret),
        createdByUserId: actor?.kind === "user" ? actor.userId : null,
      })
      .returning({ id: apiKeys.id });
    if (!row) throw new Error("insert returned no row");
    await recordAudit({
      db: tx,
      actor,
      action: "api_key.created",
      entityType: "api_key",
      entityId: row.id,
      details: { name },
    });
    return { id: row.id, clientId, clientSecret };
  });
}
