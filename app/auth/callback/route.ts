import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import { authErrorRedirect } from "@/server/auth/auth-error-redirect";
import { completeAuthorization } from "@/server/auth/complete-authorization";
import { OAUTH_FLOW_COOKIE, oauthFlowCookieOptions } from "@/server/auth/oauth-flow-cookie";
import type { SessionData } from "@/server/auth/session-data";
import { sessionOptions } from "@/server/auth/session-options";

/** Salesforce sends the browser back here with a code; we exchange it and start the session. */
export async function GET(request: Request): Promise<Response> {
  const store = await cookies();
  try {
    const { session, returnTo } = await completeAuthorization({
      callbackUrl: new URL(request.url),
      flowCookie: store.get(OAUTH_FLOW_COOKIE)?.value,
    });
    store.set(OAUTH_FLOW_COOKIE, "", { ...oauthFlowCookieOptions, maxAge: 0 });
    if (session) {
      const cookie = await getIronSession<SessionData>(store, sessionOptions());
      Object.assign(cookie, session);
      await cookie.save();
    }
    return Response.redirect(new URL(returnTo, request.url), 302);
  } catch (error) {
    return authErrorRedirect(request, error);
  }
}
