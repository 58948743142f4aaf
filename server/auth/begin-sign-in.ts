import "server-only";
import { sealData } from "iron-session";
import * as oauth from "oauth4webapi";
import { getAppSecrets } from "@/server/auth/get-app-secrets";
import { OAUTH_FLOW_TTL_SECONDS, type OAuthFlow } from "@/server/auth/oauth-flow-cookie";
import { safeReturnPath } from "@/server/auth/safe-return-path";
import { getEnv } from "@/server/env";
import { salesforceOAuth } from "@/server/salesforce/salesforce-oauth";

/**
 * Starts the OAuth 2.0 web-server flow with PKCE (S256): where to send the browser, and the sealed
 * flow cookie (state, verifier, where to return) the callback will check.
 */
export async function beginSignIn({
  returnTo,
  purpose = "sign-in",
  forceLogin = false,
}: {
  returnTo: string | null;
  purpose?: OAuthFlow["purpose"];
  forceLogin?: boolean;
}): Promise<{ redirectUrl: string; flowCookie: string }> {
  const { server, client } = salesforceOAuth();
  const flow: OAuthFlow = {
    state: oauth.generateRandomState(),
    codeVerifier: oauth.generateRandomCodeVerifier(),
    returnTo: safeReturnPath(returnTo),
    purpose,
  };
  const url = new URL(server.authorization_endpoint!);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", client.client_id);
  url.searchParams.set("redirect_uri", `${getEnv().appBaseUrl}/auth/callback`);
  url.searchParams.set("scope", "api refresh_token id");
  url.searchParams.set("state", flow.state);
  url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(flow.codeVerifier));
  url.searchParams.set("code_challenge_method", "S256");
  if (forceLogin) url.searchParams.set("prompt", "login");
  const flowCookie = await sealData(flow, { password: getAppSecrets().sessionSecret, ttl: OAUTH_FLOW_TTL_SECONDS });
  return { redirectUrl: url.toString(), flowCookie };
}
