import "server-only";
import * as oauth from "oauth4webapi";
import { salesforceOAuth } from "@/server/salesforce/salesforce-oauth";

/**
 * Revokes a token at Salesforce's `/services/oauth2/revoke` (reference §1.2). Revoking a refresh
 * token also ends the access tokens issued from it, so the grant stops working in Salesforce and
 * not only in our database. Throws an oauth4webapi error when Salesforce refuses.
 */
export async function revokeSalesforceToken(token: string): Promise<void> {
  const { server, client, clientAuth, options } = salesforceOAuth();
  const response = await oauth.revocationRequest(server, client, clientAuth, token, options);
  await oauth.processRevocationResponse(response);
}
