import "server-only";
import * as oauth from "oauth4webapi";
import { unsealSecret } from "@/server/auth/unseal-secret";
import { salesforceOAuth } from "@/server/salesforce/salesforce-oauth";

/**
 * Revokes tokens the app no longer keeps (stored sealed) at Salesforce's `/services/oauth2/revoke`
 * (reference §1.2), else the grant would stay live in the org, unseen, until someone revoked it by
 * hand. Revoking a refresh token also ends the access tokens issued from it. Best effort: the app
 * has already let the tokens go, and an unreachable Salesforce must not undo that.
 */
export async function revokeStoredTokens({
  sealedTokens,
  keep = [],
}: {
  sealedTokens: string[];
  /** Tokens still in use: Salesforce may hand out the same token again (the same live session). */
  keep?: (string | undefined)[];
}): Promise<void> {
  for (const sealed of sealedTokens) {
    try {
      const token = await unsealSecret(sealed);
      if (keep.includes(token)) continue;
      const { server, client, clientAuth, options } = salesforceOAuth();
      const response = await oauth.revocationRequest(server, client, clientAuth, token, options);
      await oauth.processRevocationResponse(response);
    } catch (error) {
      console.warn("[salesforce] could not revoke a token the app no longer keeps", error);
    }
  }
}
