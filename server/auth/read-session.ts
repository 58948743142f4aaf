import "server-only";
import { unsealData } from "iron-session";
import { getAppSecrets } from "@/server/auth/get-app-secrets";
import { SESSION_COOKIE, SESSION_TTL_SECONDS } from "@/server/auth/session-options";
import { sessionDataSchema, type SessionData } from "@/server/auth/session-data";

/** Header the Canvas page sends when the browser blocks the (third-party) session cookie. */
export const SESSION_HEADER = "x-cpq-session";

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

/** The verified session of a request (cookie, or the Canvas fallback header), or null. */
export async function readSession(headers: Headers): Promise<SessionData | null> {
  const sealed = cookieValue(headers.get("cookie"), SESSION_COOKIE) ?? headers.get(SESSION_HEADER) ?? undefined;
  if (!sealed) return null;
  try {
    const data = await unsealData(sealed, { password: getAppSecrets().sessionSecret, ttl: SESSION_TTL_SECONDS });
    const parsed = sessionDataSchema.safeParse(data);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
