import { isNull } from "drizzle-orm";
import type { SalesforceConnection } from "@/lib/schemas/salesforce-integration";
import { ApiError } from "@/server/api/api-error";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { salesforceConnections } from "@/server/db/schema/salesforce";
import { revokeStoredTokens } from "@/server/salesforce/revoke-stored-tokens";
import { assertAdmin } from "@/server/users/assert-admin";

/**
 * `DELETE /api/salesforce/connection` (admins): stops writing to the org, forgets its token and
 * revokes it at Salesforce. Quotes published meanwhile wait, and go out when an admin connects again.
 */
export async function disconnectSalesforce({
  db,
  actor,
}: {
  db: Database;
  actor: Actor;
}): Promise<SalesforceConnection> {
  assertAdmin(actor);
  const revoke = await db.transaction(async (tx) => {
    const live = await tx
      .select({
        refresh: salesforceConnections.refreshTokenEncrypted,
        access: salesforceConnections.accessTokenEncrypted,
      })
      .from(salesforceConnections)
      .where(isNull(salesforceConnections.disconnectedAt));
    const ended = await tx
      .update(salesforceConnections)
      .set({ disconnectedAt: new Date(), accessTokenEncrypted: null, refreshTokenEncrypted: null })
      .where(isNull(salesforceConnections.disconnectedAt))
      .returning({ orgId: salesforceConnections.orgId });
    if (ended.length === 0) throw ApiError.conflict("not_connected", "Salesforce is not connected.");
    for (const row of ended) {
      await recordAudit({
        db: tx,
        actor,
        action: "salesforce.disconnected",
        entityType: "salesforce_connection",
        entityId: row.orgId,
      });
    }
    return live.flatMap((row) => row.refresh ?? row.access ?? []);
  });
  // After the commit: the connection is ended whether or not Salesforce can be reached to revoke.
  await revokeStoredTokens({ sealedTokens: revoke });
  return { connected: false };
}
