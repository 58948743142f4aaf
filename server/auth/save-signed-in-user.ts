import "server-only";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/server/audit/record-audit";
import { sealSecret } from "@/server/auth/seal-secret";
import type { Database } from "@/server/db/database";
import { userSalesforceCredentials, users } from "@/server/db/schema/users";
import { getEnv } from "@/server/env";
import type { SalesforceTokens } from "@/server/salesforce/exchange-authorization-code";
import type { SalesforceIdentity } from "@/server/salesforce/fetch-identity";

/**
 * Creates the user on first sign-in (a rep, or an admin when their username is in ADMIN_USERNAMES)
 * and refreshes their details and encrypted Salesforce tokens on every sign-in.
 */
export async function saveSignedInUser({
  db,
  identity,
  tokens,
}: {
  db: Database;
  identity: SalesforceIdentity;
  tokens: SalesforceTokens;
}): Promise<typeof users.$inferSelect> {
  const accessTokenEncrypted = await sealSecret(tokens.accessToken);
  const refreshTokenEncrypted = tokens.refreshToken ? await sealSecret(tokens.refreshToken) : null;
  return db.transaction(async (tx) => {
    const now = new Date();
    const details = {
      salesforceOrgId: identity.orgId,
      username: identity.username,
      name: identity.name,
      email: identity.email ?? null,
      lastSignedInAt: now,
    };
    const [existing] = await tx.select().from(users).where(eq(users.salesforceUserId, identity.userId)).limit(1);
    let user: typeof users.$inferSelect | undefined;
    if (existing) {
      [user] = await tx.update(users).set(details).where(eq(users.id, existing.id)).returning();
    } else {
      const role = getEnv().adminUsernames.includes(identity.username.toLowerCase()) ? "admin" : "rep";
      [user] = await tx
        .insert(users)
        .values({ salesforceUserId: identity.userId, role, ...details })
        .onConflictDoUpdate({ target: users.salesforceUserId, set: details })
        .returning();
      if (user) {
        await recordAudit({
          db: tx,
          actor: { kind: "user", userId: user.id, role: user.role, name: user.name },
          action: "user.created",
          entityType: "user",
          entityId: user.id,
          details: { role: user.role },
        });
      }
    }
    if (!user) throw new Error("the user row was not written");
    const credentials = {
      instanceUrl: tokens.instanceUrl,
      accessTokenEncrypted,
      issuedAt: tokens.issuedAt,
      ...(refreshTokenEncrypted ? { refreshTokenEncrypted } : {}),
    };
    await tx
      .insert(userSalesforceCredentials)
      .values({ userId: user.id, ...credentials })
      .onConflictDoUpdate({ target: userSalesforceCredentials.userId, set: credentials });
    return user;
  });
}
