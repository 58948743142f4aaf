import { createHmac } from "node:crypto";
import { jsonReply, type HttpReply } from "@/tools/local-salesforce/http/http-exchange";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";

export function identityUrl(runtime: OrgRuntime, userId: string): string {
  return `${runtime.publicUrl}/id/${runtime.state.orgId}/${userId}`;
}

/**
 * Issues an access token (and a refresh token when asked for) and answers in Salesforce's token
 * response shape (reference §2.2): `issued_at` in epoch milliseconds as a string, and `signature`,
 * Salesforce's HMAC-SHA256 of identity URL + issued_at keyed with the consumer secret.
 */
export function issueTokens(
  runtime: OrgRuntime,
  grant: { userId: string; scope: string; withRefreshToken: boolean; refreshToken?: string },
): HttpReply {
  const now = runtime.now().getTime();
  const clientId = runtime.connectedApp.clientId;
  const refresh = grant.withRefreshToken
    ? runtime.tokens.issueRefreshToken({ userId: grant.userId, clientId, scope: grant.scope }, now).token
    : null;
  const access = runtime.tokens.issueAccessToken(
    { userId: grant.userId, clientId, scope: grant.scope, refreshToken: refresh ?? grant.refreshToken ?? null },
    runtime.accessTokenTtlSeconds * 1000,
    now,
  );
  runtime.saveSoon();
  const id = identityUrl(runtime, grant.userId);
  const issuedAt = String(now);
  const signature = createHmac("sha256", runtime.connectedApp.clientSecret)
    .update(id + issuedAt)
    .digest("base64");
  return jsonReply(200, {
    access_token: access.token,
    ...(refresh ? { refresh_token: refresh } : {}),
    signature,
    scope: grant.scope,
    instance_url: runtime.publicUrl,
    id,
    token_type: "Bearer",
    issued_at: issuedAt,
  });
}

/** Token endpoint errors: HTTP 400 with `{error, error_description}` (reference §2.2). */
export function oauthError(error: string, description: string, status = 400): HttpReply {
  return jsonReply(status, { error, error_description: description });
}
