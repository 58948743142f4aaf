import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";
import type { DemoUser } from "@/tools/local-salesforce/seed/demo-users";

/** The user behind `Authorization: Bearer <access token>` (or the older `OAuth <token>`), if it is live. */
export function bearerUser(runtime: OrgRuntime, authorization: string | undefined): DemoUser | undefined {
  const match = /^(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match ? tokenUser(runtime, String(match[1])) : undefined;
}

export function tokenUser(runtime: OrgRuntime, token: string): DemoUser | undefined {
  const live = runtime.tokens.accessToken(token, runtime.now().getTime());
  return live ? runtime.user(live.userId) : undefined;
}
