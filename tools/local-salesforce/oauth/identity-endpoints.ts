import {
  formFields,
  jsonReply,
  textReply,
  type HttpReply,
  type HttpRequestInfo,
} from "@/tools/local-salesforce/http/http-exchange";
import { bearerUser, tokenUser } from "@/tools/local-salesforce/oauth/bearer-user";
import { identityUrl, oauthError } from "@/tools/local-salesforce/oauth/token-response";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";
import type { DemoUser } from "@/tools/local-salesforce/seed/demo-users";

/**
 * POST (or GET) /services/oauth2/revoke with `token`: 200 on success; revoking a refresh token
 * revokes the access tokens issued from it. An unknown token is 400 invalid_token (Salesforce's
 * revoke documentation names invalid_token and unsupported_token_type).
 */
export function revokeEndpoint(runtime: OrgRuntime, request: HttpRequestInfo): HttpReply {
  const token = formFields(request).get("token") ?? request.url.searchParams.get("token") ?? "";
  if (!token || !runtime.tokens.revoke(token)) return oauthError("invalid_token", "invalid token");
  runtime.saveSoon();
  return { status: 200, headers: {}, body: "" };
}

/**
 * The identity URL /id/{orgId}/{userId} (`?format=json`; the token may come as `oauth_token`, as
 * jsforce's identity() sends it). A bad token is 403 "Bad_OAuth_Token", as Salesforce answers it.
 */
export function identityEndpoint(
  runtime: OrgRuntime,
  request: HttpRequestInfo,
  orgId: string,
  userId: string,
): HttpReply {
  const queryToken = request.url.searchParams.get("oauth_token");
  const user = queryToken ? tokenUser(runtime, queryToken) : bearerUser(runtime, request.headers.authorization);
  if (!user) return textReply(403, "Bad_OAuth_Token");
  if (orgId !== runtime.state.orgId || userId !== user.id) return textReply(403, "Bad_Id");
  return jsonReply(200, identity(runtime, user));
}

/** GET /services/oauth2/userinfo: the OpenID Connect claims of the token's user. */
export function userinfoEndpoint(runtime: OrgRuntime, request: HttpRequestInfo): HttpReply {
  const user = bearerUser(runtime, request.headers.authorization);
  if (!user) return textReply(403, "Bad_OAuth_Token");
  const base = identity(runtime, user);
  return jsonReply(200, {
    sub: base.id,
    user_id: user.id,
    organization_id: runtime.state.orgId,
    preferred_username: user.username,
    nickname: base.nick_name,
    name: base.display_name,
    email: user.username,
    email_verified: true,
    given_name: user.firstName,
    family_name: user.lastName,
    zoneinfo: "America/Los_Angeles",
    urls: base.urls,
    active: true,
    user_type: "STANDARD",
    language: "en_US",
    locale: "en_US",
    utcOffset: -28800000,
    updated_at: "2026-01-05T09:00:00Z",
  });
}

function identity(runtime: OrgRuntime, user: DemoUser) {
  const instance = runtime.publicUrl;
  const org = runtime.state.orgId;
  const rest = (path: string) => `${instance}/services/data/v{version}/${path}`;
  return {
    id: identityUrl(runtime, user.id),
    asserted_user: true,
    user_id: user.id,
    organization_id: org,
    username: user.username,
    nick_name: user.username.split("@")[0] ?? user.username,
    display_name: `${user.firstName} ${user.lastName}`,
    email: user.username,
    email_verified: true,
    first_name: user.firstName,
    last_name: user.lastName,
    timezone: "America/Los_Angeles",
    addr_street: null,
    addr_city: null,
    addr_state: null,
    addr_country: null,
    addr_zip: null,
    mobile_phone: null,
    mobile_phone_verified: false,
    is_lightning_login_user: false,
    status: { created_date: null, body: null },
    urls: {
      rest: rest(""),
      sobjects: rest("sobjects/"),
      query: rest("query/"),
      recent: rest("recent/"),
      custom_domain: instance,
    },
    active: true,
    user_type: "STANDARD",
    language: "en_US",
    locale: "en_US",
    utcOffset: -28800000,
    last_modified_date: "2026-01-05T09:00:00.000+0000",
    is_app_installed: true,
  };
}
