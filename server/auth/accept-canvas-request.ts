import "server-only";
import { sealData } from "iron-session";
import { canonicalId18 } from "@/lib/salesforce/record-id";
import { ApiError } from "@/server/api/api-error";
import { getAppSecrets } from "@/server/auth/get-app-secrets";
import { saveSignedInUser } from "@/server/auth/save-signed-in-user";
import type { SessionData } from "@/server/auth/session-data";
import { SESSION_TTL_SECONDS } from "@/server/auth/session-options";
import { verifyCanvasRequest, type CanvasEnvelope } from "@/server/auth/verify-canvas-request";
import { getDatabase } from "@/server/db/get-database";
import { getEnv } from "@/server/env";

export type AcceptedCanvasRequest = {
  session: SessionData;
  /** The same session sealed as the cookie is, for the page to send as `x-cpq-session` where the cookie is blocked. */
  sealedSession: string;
  /** The opportunity the app was opened on, as the envelope names it (checked by the launch page). */
  opportunityId: string | undefined;
};

function opportunityOf(envelope: CanvasEnvelope): string | undefined {
  const environment = envelope.context.environment;
  const fromParameters = environment?.parameters?.opportunityId;
  if (typeof fromParameters === "string" && fromParameters !== "") return fromParameters;
  const recordId = environment?.record?.Id;
  return typeof recordId === "string" && recordId !== "" ? recordId : undefined;
}

/**
 * A Canvas launch: Salesforce POSTs a signed request instead of sending the rep through OAuth. Once
 * its HMAC checks out against the connected app's consumer secret, the envelope is as good as a
 * sign-in: the user is created or refreshed with the envelope's OAuth token as their Salesforce
 * credentials, and gets a session. A tampered, malformed or stale request throws CanvasRequestError.
 */
export async function acceptCanvasRequest({
  signedRequest,
}: {
  signedRequest: string;
}): Promise<AcceptedCanvasRequest> {
  const secret = getEnv().SALESFORCE_CLIENT_SECRET;
  if (!secret) {
    throw new ApiError(
      503,
      "NotConfigured",
      "salesforce_not_configured",
      "Canvas launches are not configured: set SALESFORCE_CLIENT_SECRET to the connected app's consumer secret.",
    );
  }
  const envelope = verifyCanvasRequest(signedRequest, secret);
  const { user, organization } = envelope.context;
  const userId = canonicalId18(user.userId) ?? user.userId;
  const orgId = canonicalId18(organization.organizationId) ?? organization.organizationId;
  const instanceUrl = envelope.client.instanceUrl.replace(/\/+$/, "");
  const saved = await saveSignedInUser({
    db: await getDatabase(),
    identity: { userId, orgId, username: user.userName, name: user.fullName ?? user.userName, email: user.email },
    tokens: {
      accessToken: envelope.client.oauthToken,
      refreshToken: envelope.client.refreshToken ?? undefined,
      instanceUrl,
      identityUrl: `${instanceUrl}/id/${orgId}/${userId}`,
      issuedAt: new Date(),
    },
  });
  const session: SessionData = {
    userId: saved.id,
    salesforceUserId: userId,
    salesforceOrgId: orgId,
    signedInAt: new Date().toISOString(),
    via: "canvas",
  };
  const sealedSession = await sealData(session, { password: getAppSecrets().sessionSecret, ttl: SESSION_TTL_SECONDS });
  return { session, sealedSession, opportunityId: opportunityOf(envelope) };
}
