import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";
import type { DemoUser } from "@/tools/local-salesforce/seed/demo-users";

// Salesforce lets a token call the REST API only when it was granted `api` or `full`.
const API_SCOPE = /(^|\s)(api|full)(\s|$)/;

/** The user behind `Authorization: Bearer <access token>` (or the older `OAuth <token>`), if it is live. */
export function bearerUser(runtime: OrgRuntime, authorization: string | undefined): DemoUser | undefined {
  return bearerSession(runtime, authorization)?.user;
}

/** The live token's user, and whether its scopes allow the REST API. */
export function bearerSession(
  runtime: OrgRuntime,
  authorization: string | undefined,
): { user: DemoUser; apiAccess: boolean } | undefined {
  const match = /^(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(authorization ?? "");
  const live = match ? runtime.tokens.accessToken(String(match[1]), runtime.now().getTime()) : undefined;
  const user = live ? runtime.user(live.userId) : undefined;
  return live && user ? { user, apiAccess: API_SCOPE.test(live.scope) } : undefined;
}

export function tokenUser(runtime: OrgRuntime, token: string): DemoUser | undefined {
  const live = runtime.tokens.accessToken(token, runtime.now().getTime());
  return live ? runtime.user(live.userId) : undefined;
}
