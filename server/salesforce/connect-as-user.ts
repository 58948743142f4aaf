import "server-only";
import { eq } from "drizzle-orm";
import { Connection } from "jsforce";
import { ApiError } from "@/server/api/api-error";
import { sealSecret } from "@/server/auth/seal-secret";
import { unsealSecret } from "@/server/auth/unseal-secret";
import type { Database } from "@/server/db/database";
import { userSalesforceCredentials } from "@/server/db/schema/users";
import { getEnv } from "@/server/env";

/**
 * A Salesforce connection with the user's own token, so Salesforce's sharing decides what they may
 * read. jsforce refreshes an expired token with the refresh token; the new one is stored (encrypted).
 */
export async function connectAsUser({ db, userId }: { db: Database; userId: string }): Promise<Connection> {
  const [credentials] = await db
    .select()
    .from(userSalesforceCredentials)
    .where(eq(userSalesforceCredentials.userId, userId))
    .limit(1);
  if (!credentials) {
    throw ApiError.unauthorized("Your Salesforce session is missing; sign in with Salesforce again.");
  }
  const env = getEnv();
  const connection = new Connection({
    oauth2: {
      loginUrl: env.salesforceLoginUrl,
      clientId: env.SALESFORCE_CLIENT_ID,
      clientSecret: env.SALESFORCE_CLIENT_SECRET,
      redirectUri: `${env.appBaseUrl}/auth/callback`,
    },
    instanceUrl: credentials.instanceUrl,
    accessToken: await unsealSecret(credentials.accessTokenEncrypted),
    ...(credentials.refreshTokenEncrypted
      ? { refreshToken: await unsealSecret(credentials.refreshTokenEncrypted) }
      : {}),
    version: env.SALESFORCE_API_VERSION,
  });
  connection.on("refresh", (accessToken: string) => {
    void sealSecret(accessToken)
      .then((sealed) =>
        db
          .update(userSalesforceCredentials)
          .set({ accessTokenEncrypted: sealed, issuedAt: new Date() })
          .where(eq(userSalesforceCredentials.userId, userId)),
      )
      .catch((error: unknown) => console.error("[salesforce] could not store a refreshed token", error));
  });
  return connection;
}
