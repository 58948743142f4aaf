import type { HttpRequestInfo } from "@/tools/local-salesforce/http/http-exchange";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";
import type { DemoUser } from "@/tools/local-salesforce/seed/demo-users";

/**
 * The org's browser session cookie. Its name carries the port because browsers share cookies
 * between ports of one host: two local orgs (or an org and the app) on localhost must not collide.
 */
function cookieName(runtime: OrgRuntime): string {
  return `local_org_sid_${new URL(runtime.publicUrl).port || "80"}`;
}

export function sessionUser(runtime: OrgRuntime, request: HttpRequestInfo): DemoUser | undefined {
  const userId = runtime.tokens.browserSessionUser(request.cookies[cookieName(runtime)]);
  return userId ? runtime.user(userId) : undefined;
}

/** Starts a session and returns its Set-Cookie header value. */
export function startSession(runtime: OrgRuntime, user: DemoUser): string {
  const sid = runtime.tokens.startBrowserSession(user.id);
  return `${cookieName(runtime)}=${sid}; Path=/; HttpOnly; SameSite=Lax`;
}

export function endSession(runtime: OrgRuntime, request: HttpRequestInfo): string {
  runtime.tokens.endBrowserSession(request.cookies[cookieName(runtime)]);
  return `${cookieName(runtime)}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}
