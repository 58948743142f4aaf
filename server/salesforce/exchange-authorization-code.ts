import "server-only";
import * as oauth from "oauth4webapi";
import { z } from "zod";
import { salesforceOAuth } from "@/server/salesforce/salesforce-oauth";

/** Salesforce's token response adds these to the OAuth fields (reference/salesforce.md §2.2). */
const salesforceTokenSchema = z.object({
  access_token: z.string(),
  refresh_token: z.string().optional(),
  instance_url: z.url(),
  id: z.url(),
  issued_at: z.string().optional(),
});

export type SalesforceTokens = {
  accessToken: string;
  refreshToken: string | undefined;
  instanceUrl: string;
  identityUrl: string;
  issuedAt: Date;
};

/**
 * Completes the web-server flow: checks the callback's state, then exchanges the code (with the PKCE
 * verifier) for tokens. Throws an oauth4webapi error, or a zod error when Salesforce's answer lacks
 * a field we rely on.
 */
export async function exchangeAuthorizationCode({
  callbackUrl,
  expectedState,
  codeVerifier,
  redirectUri,
}: {
  callbackUrl: URL;
  expectedState: string;
  codeVerifier: string;
  redirectUri: string;
}): Promise<SalesforceTokens> {
  const { server, client, clientAuth, options } = salesforceOAuth();
  const params = oauth.validateAuthResponse(server, client, callbackUrl, expectedState);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    clientAuth,
    params,
    redirectUri,
    codeVerifier,
    options,
  );
  const result = salesforceTokenSchema.parse(await oauth.processAuthorizationCodeResponse(server, client, response));
  return {
    accessToken: result.access_token,
    refreshToken: result.refresh_token,
    instanceUrl: result.instance_url.replace(/\/$/, ""),
    identityUrl: result.id,
    issuedAt: result.issued_at ? new Date(Number(result.issued_at)) : new Date(),
  };
}
