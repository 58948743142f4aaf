import "server-only";
import * as oauth from "oauth4webapi";
import { z } from "zod";
import type { SalesforceTokens } from "@/server/salesforce/exchange-authorization-code";
import { salesforceOAuth } from "@/server/salesforce/salesforce-oauth";

const tokenSchema = z.object({
  access_token: z.string(),
  instance_url: z.url(),
  id: z.url(),
  issued_at: z.string().optional(),
});

/**
 * A token from the client-credentials grant, which runs as the connected app's "run as" user (the
 * local org's admin). It has no refresh token: a new one is simply requested again.
 */
export async function requestClientCredentialsToken(): Promise<SalesforceTokens> {
  const { server, client, clientAuth, options } = salesforceOAuth();
  const response = await oauth.clientCredentialsGrantRequest(server, client, clientAuth, {}, options);
  const result = tokenSchema.parse(await oauth.processClientCredentialsResponse(server, client, response));
  return {
    accessToken: result.access_token,
    refreshToken: undefined,
    instanceUrl: result.instance_url.replace(/\/$/, ""),
    identityUrl: result.id,
    issuedAt: result.issued_at ? new Date(Number(result.issued_at)) : new Date(),
  };
}
