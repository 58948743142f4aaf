import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { auditLog } from "@/server/db/schema/audit";

/** Appends to the audit log; call it inside the transaction that makes the change. */
export async function recordAudit({
  db,
  actor,
  action,
  entityType,
  entityId,
  details = {},
}: {
  db: Database;
  actor: Actor | undefined;
  action: string;
  entityType: string;
  entityId: string;
  details?: Record<string, unknown>;
}): Promise<void> {
  await db.insert(auditLog).values({
    actorType: actor ? (actor.kind === "user" ? "user" : "api_key") : "system",
    actorId: actor ? (actor.kind === "user" ? actor.userId : actor.apiKeyId) : null,
    action,
    entityType,
    entityId,
    details,
  });
}
