import "server-only";
import type { SessionOptions } from "iron-session";
import { getAppSecrets } from "@/server/auth/get-app-secrets";

export const SESSION_COOKIE = "cpq_session";
/** Eight hours: a working day, like a Salesforce session. */
export const SESSION_TTL_SECONDS = 8 * 60 * 60;

/**
 * The session cookie must also work inside a Salesforce iframe, where the app is a third party:
 * SameSite=None requires Secure (browsers treat http://localhost as secure), and Partitioned (CHIPS)
 * keeps it working where third-party cookies are otherwise blocked.
 */
export function sessionOptions(): SessionOptions {
  return {
    cookieName: SESSION_COOKIE,
    password: getAppSecrets().sessionSecret,
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: { httpOnly: true, secure: true, sameSite: "none", partitioned: true, path: "/" },
  };
}
