import "server-only";
import * as oauth from "oauth4webapi";
import { ApiError } from "@/server/api/api-error";
import { getEnv } from "@/server/env";

export type SalesforceOAuth = {
  server: oauth.AuthorizationServer;
  client: oauth.Client;
  clientAuth: oauth.ClientAuth;
  /** oauth4webapi refuses plain http unless told; only a loopback login URL (the local org) may use it. */
  options: { [oauth.allowInsecureRequests]?: boolean };
};

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The connected app and Salesforce's OAuth endpoints under the configured login URL. */
export function salesforceOAuth(): SalesforceOAuth {
  const env = getEnv();
  if (!env.SALESFORCE_CLIENT_ID || !env.SALESFORCE_CLIENT_SECRET) {
    throw new ApiError(
      503,
      "NotConfigured",
      "salesforce_not_configured",
      "Sign-in with Salesforce is not configured: set SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET to the connected app's consumer key and secret.",
    );
  }
  const base = env.salesforceLoginUrl;
  const url = new URL(base);
  return {
    server: {
      issuer: base,
      authorization_endpoint: `${base}/services/oauth2/authorize`,
      token_endpoint: `${base}/services/oauth2/token`,
      revocation_endpoint: `${base}/services/oauth2/revoke`,
    },
    client: { client_id: env.SALESFORCE_CLIENT_ID },
    clientAuth: oauth.ClientSecretPost(env.SALESFORCE_CLIENT_SECRET),
    options: url.protocol === "http:" && LOOPBACK.has(url.hostname) ? { [oauth.allowInsecureRequests]: true } : {},
  };
}
