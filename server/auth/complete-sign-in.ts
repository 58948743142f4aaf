import "server-only";
import { unsealData } from "iron-session";
import { ApiError } from "@/server/api/api-error";
import { getAppSecrets } from "@/server/auth/get-app-secrets";
import { OAUTH_FLOW_TTL_SECONDS, oauthFlowSchema, type OAuthFlow } from "@/server/auth/oauth-flow-cookie";
import { saveSignedInUser } from "@/server/auth/save-signed-in-user";
import type { SessionData } from "@/server/auth/session-data";
import type { Database } from "@/server/db/database";
import { getEnv } from "@/server/env";
import { exchangeAuthorizationCode, type SalesforceTokens } from "@/server/salesforce/exchange-authorization-code";
import { fetchIdentity, type SalesforceIdentity } from "@/server/salesforce/fetch-identity";

export type CompletedSignIn = {
  flow: OAuthFlow;
  tokens: SalesforceTokens;
  identity: SalesforceIdentity;
  /** For a sign-in: the session to set. Absent when the flow connected the integration instead. */
  session?: SessionData;
};

/**
 * Handles the OAuth callback: the flow cookie must be present and unexpired and its state must
 * match; the code is exchanged with the PKCE verifier; the identity says who signed in. A sign-in
 * then saves the user and returns the session to set.
 */
export async function completeSignIn({
  db,
  callbackUrl,
  flowCookie,
}: {
  db: Database;
  callbackUrl: URL;
  flowCookie: string | undefined;
}): Promise<CompletedSignIn> {
  const error = callbackUrl.searchParams.get("error");
  if (error) {
    const description = callbackUrl.searchParams.get("error_description") ?? "no reason given";
    throw new ApiError(
      400,
      "SignInFailed",
      `salesforce_${error}`,
      `Salesforce did not sign you in (${error}: ${description}).`,
    );
  }
  const flow = oauthFlowSchema.safeParse(
    flowCookie
      ? await unsealData(flowCookie, { password: getAppSecrets().sessionSecret, ttl: OAUTH_FLOW_TTL_SECONDS })
      : undefined,
  );
  if (!flow.success) {
    throw new ApiError(
      400,
      "SignInFailed",
      "sign_in_expired",
      "This sign-in link has expired or was opened in another browser. Start again from the Create Sequence Quote button.",
    );
  }
  const tokens = await exchangeAuthorizationCode({
    callbackUrl,
    expectedState: flow.data.state,
    codeVerifier: flow.data.codeVerifier,
    redirectUri: `${getEnv().appBaseUrl}/auth/callback`,
  });
  const identity = await fetchIdentity({ identityUrl: tokens.identityUrl, accessToken: tokens.accessToken });
  if (flow.data.purpose !== "sign-in") return { flow: flow.data, tokens, identity };
  const user = await saveSignedInUser({ db, identity, tokens });
  return {
    flow: flow.data,
    tokens,
    identity,
    session: {
      userId: user.id,
      salesforceUserId: identity.userId,
      salesforceOrgId: identity.orgId,
      signedInAt: new Date().toISOString(),
      via: "oauth",
    },
  };
}
