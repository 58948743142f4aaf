import { desc, isNull } from "drizzle-orm";
import type { SalesforceConnection } from "@/lib/schemas/salesforce-integration";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { salesforceConnections } from "@/server/db/schema/salesforce";
import { assertAdmin } from "@/server/users/assert-admin";

/** `GET /api/salesforce/connection` (admins): which org the app writes to, as whom, and the last check. */
export async function getSalesforceConnection({
  db,
  actor,
}: {
  db: Database;
  actor: Actor;
}): Promise<SalesforceConnection> {
  assertAdmin(actor);
  const [row] = await db
    .select()
    .from(salesforceConnections)
    .where(isNull(salesforceConnections.disconnectedAt))
    .orderBy(desc(salesforceConnections.updatedAt))
    .limit(1);
  if (!row) return { connected: false };
  return {
    connected: true,
    orgId: row.orgId,
    instanceUrl: row.instanceUrl,
    connectedAs: {
      userId: row.connectedAsUserId,
      ...(row.connectedAsUsername ? { username: row.connectedAsUsername } : {}),
    },
    authFlow: row.authFlow,
    connectedAt: row.updatedAt.toISOString(),
    ...(row.lastCheck ? { lastCheck: row.lastCheck } : {}),
  };
}
