import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { Connection } from "jsforce";
import * as oauth from "oauth4webapi";
import { sealSecret } from "@/server/auth/seal-secret";
import { unsealSecret } from "@/server/auth/unseal-secret";
import type { Database } from "@/server/db/database";
import { salesforceConnections } from "@/server/db/schema/salesforce";
import { getEnv } from "@/server/env";
import { requestClientCredentialsToken } from "@/server/salesforce/request-client-credentials-token";

export type IntegrationConnection = {
  connection: Connection;
  row: typeof salesforceConnections.$inferSelect;
};

/**
 * A jsforce connection as the integration user, for background sync; null when no admin has
 * connected Salesforce. An expired access token is renewed on the first 401 (with the refresh token,
 * or for a client-credentials connection by asking for a new token) and stored again, encrypted.
 */
export async function connectIntegration({ db }: { db: Database }): Promise<IntegrationConnection | null> {
  const [row] = await db
    .select()
    .from(salesforceConnections)
    .where(isNull(salesforceConnections.disconnectedAt))
    .orderBy(desc(salesforceConnections.updatedAt))
    .limit(1);
  if (!row) return null;
  const env = getEnv();
  const accessToken = row.accessTokenEncrypted ? await unsealSecret(row.accessTokenEncrypted) : undefined;
  const oauth2 = {
    loginUrl: row.loginUrl,
    clientId: env.SALESFORCE_CLIENT_ID,
    clientSecret: env.SALESFORCE_CLIENT_SECRET,
    redirectUri: `${env.appBaseUrl}/auth/callback`,
  };
  const connection =
    row.authFlow === "client_credentials"
      ? new Connection({
          oauth2,
          instanceUrl: row.instanceUrl,
          ...(accessToken ? { accessToken } : {}),
          version: row.apiVersion,
          refreshFn: (_conn, callback) => {
            requestClientCredentialsToken().then(
              (tokens) => callback(null, tokens.accessToken),
              (error: unknown) =>
                callback(
                  // jsforce keeps only the message; Salesforce's OAuth error code (invalid_client, invalid_grant)
                  // must be in it for the sync to tell a refused connection from a passing failure.
                  error instanceof oauth.ResponseBodyError
                    ? new Error(`${error.error}: ${error.error_description ?? error.message}`)
                    : error instanceof Error
                      ? error
                      : new Error(String(error)),
                ),
            );
          },
        })
      : new Connection({
          oauth2,
          instanceUrl: row.instanceUrl,
          ...(accessToken ? { accessToken } : {}),
          ...(row.refreshTokenEncrypted ? { refreshToken: await unsealSecret(row.refreshTokenEncrypted) } : {}),
          version: row.apiVersion,
        });
  connection.on("refresh", (fresh: string) => {
    void sealSecret(fresh)
      .then((sealed) =>
        db
          .update(salesforceConnections)
          .set({ accessTokenEncrypted: sealed })
          .where(and(eq(salesforceConnections.id, row.id), isNull(salesforceConnections.disconnectedAt))),
      )
      .catch((error: unknown) => console.error("[salesforce] could not store a refreshed integration token", error));
  });
  return { connection, row };
}
