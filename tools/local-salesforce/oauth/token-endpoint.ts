import { createHash, timingSafeEqual } from "node:crypto";
import { formFields, type HttpReply, type HttpRequestInfo } from "@/tools/local-salesforce/http/http-exchange";
import { issueTokens, oauthError } from "@/tools/local-salesforce/oauth/token-response";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";
import { DEMO_PASSWORD, demoUser, demoUserByUsername } from "@/tools/local-salesforce/seed/demo-users";

// "full" does not imply a refresh token: Salesforce issues one only for refresh_token or offline_access.
const WANTS_REFRESH = /(^|\s)(refresh_token|offline_access)(\s|$)/;

/**
 * POST /services/oauth2/token with the grants the app uses: authorization_code (PKCE verifier
 * required), refresh_token, password (demo users, password "password") and client_credentials
 * (runs as the admin, the connected app's "Run As" user). Errors are Salesforce's `{error,
 * error_description}` pairs (reference §2.2 and Salesforce's OAuth docs).
 */
export function tokenEndpoint(runtime: OrgRuntime, request: HttpRequestInfo): HttpReply {
  const fields = formFields(request);
  for (const [name, value] of request.url.searchParams) if (!fields.has(name)) fields.set(name, value);
  const grantType = fields.get("grant_type") ?? "";
  const app = runtime.connectedApp;
  if (!["authorization_code", "refresh_token", "password", "client_credentials"].includes(grantType)) {
    return oauthError("unsupported_grant_type", "grant type not supported");
  }
  if (fields.get("client_id") !== app.clientId) return oauthError("invalid_client_id", "client identifier invalid");
  if (!sameSecret(fields.get("client_secret"), app.clientSecret)) {
    return oauthError("invalid_client", "invalid client credentials");
  }
  switch (grantType) {
    case "authorization_code":
      return authorizationCodeGrant(runtime, fields);
    case "refresh_token": {
      const stored = runtime.tokens.refreshToken(fields.get("refresh_token") ?? "");
      if (!stored || stored.clientId !== app.clientId)
        return oauthError("invalid_grant", "expired access/refresh token");
      return issueTokens(runtime, {
        userId: stored.userId,
        scope: stored.scope,
        withRefreshToken: false,
        refreshToken: stored.token,
      });
    }
    case "password": {
      const user = demoUserByUsername(fields.get("username") ?? "");
      if (!user || fields.get("password") !== DEMO_PASSWORD)
        return oauthError("invalid_grant", "authentication failure");
      return issueTokens(runtime, { userId: user.id, scope: "api id web", withRefreshToken: false });
    }
    default:
      return issueTokens(runtime, { userId: demoUser("admin").id, scope: "api id web", withRefreshToken: false });
  }
}

function authorizationCodeGrant(runtime: OrgRuntime, fields: URLSearchParams): HttpReply {
  const code = runtime.tokens.consumeCode(fields.get("code") ?? "", runtime.now().getTime());
  if (!code || code.clientId !== runtime.connectedApp.clientId) {
    return oauthError("invalid_grant", "invalid authorization code");
  }
  if (fields.get("redirect_uri") !== code.redirectUri) {
    return oauthError("redirect_uri_mismatch", "redirect_uri must match configuration");
  }
  const verifier = fields.get("code_verifier") ?? "";
  if (createHash("sha256").update(verifier).digest("base64url") !== code.codeChallenge) {
    return oauthError("invalid_grant", "invalid code verifier");
  }
  return issueTokens(runtime, {
    userId: code.userId,
    scope: code.scope,
    withRefreshToken: WANTS_REFRESH.test(code.scope),
  });
}

function sameSecret(given: string | null, expected: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
