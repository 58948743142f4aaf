import "server-only";
import { and, isNull, ne } from "drizzle-orm";
import type { ConnectionCheck, SalesforceAuthFlow } from "@/lib/schemas/salesforce-integration";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { sealSecret } from "@/server/auth/seal-secret";
import type { Database } from "@/server/db/database";
import { salesforceConnections } from "@/server/db/schema/salesforce";
import { getEnv } from "@/server/env";
import { checkSalesforceConnection } from "@/server/salesforce/check-salesforce-connection";
import type { SalesforceTokens } from "@/server/salesforce/exchange-authorization-code";
import type { SalesforceIdentity } from "@/server/salesforce/fetch-identity";
import { resumeWaitingSyncs } from "@/server/salesforce/resume-waiting-syncs";
import { revokeStoredTokens } from "@/server/salesforce/revoke-stored-tokens";

/**
 * Stores the integration connection (tokens encrypted at rest; any other org's connection is ended:
 * there is one), revokes the token it replaces, checks the org right away, and resumes the syncs
 * that waited for a connection.
 */
export async function connectSalesforceIntegration({
  db,
  actor,
  tokens,
  identity,
  authFlow,
}: {
  db: Database;
  actor: Actor | undefined;
  tokens: SalesforceTokens;
  identity: SalesforceIdentity;
  authFlow: SalesforceAuthFlow;
}): Promise<ConnectionCheck> {
  const env = getEnv();
  const values = {
    instanceUrl: tokens.instanceUrl,
    loginUrl: env.salesforceLoginUrl,
    connectedAsUserId: identity.userId,
    connectedAsUsername: identity.username,
    accessTokenEncrypted: await sealSecret(tokens.accessToken),
    refreshTokenEncrypted: tokens.refreshToken ? await sealSecret(tokens.refreshToken) : null,
    apiVersion: env.SALESFORCE_API_VERSION,
    authFlow,
    connectedByUserId: actor?.kind === "user" ? actor.userId : null,
    disconnectedAt: null,
    lastCheck: null,
    updatedAt: new Date(),
  };
  const replaced = await db.transaction(async (tx) => {
    const live = await tx
      .select({
        refresh: salesforceConnections.refreshTokenEncrypted,
        access: salesforceConnections.accessTokenEncrypted,
      })
      .from(salesforceConnections)
      .where(isNull(salesforceConnections.disconnectedAt));
    await tx
      .update(salesforceConnections)
      .set({ disconnectedAt: new Date() })
      .where(and(ne(salesforceConnections.orgId, identity.orgId), isNull(salesforceConnections.disconnectedAt)));
    await tx
      .insert(salesforceConnections)
      .values({ orgId: identity.orgId, ...values })
      .onConflictDoUpdate({ target: salesforceConnections.orgId, set: values });
    await recordAudit({
      db: tx,
      actor,
      action: "salesforce.connected",
      entityType: "salesforce_connection",
      entityId: identity.orgId,
      details: { username: identity.username, instanceUrl: tokens.instanceUrl, authFlow },
    });
    return live.flatMap((row) => row.refresh ?? row.access ?? []);
  });
  await revokeStoredTokens({ sealedTokens: replaced, keep: [tokens.accessToken, tokens.refreshToken] });
  const check = await checkSalesforceConnection({ db });
  await resumeWaitingSyncs({ db });
  return check;
}
