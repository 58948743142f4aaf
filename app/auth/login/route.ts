import { cookies } from "next/headers";
import { beginSignIn } from "@/server/auth/begin-sign-in";
import { OAUTH_FLOW_COOKIE, oauthFlowCookieOptions } from "@/server/auth/oauth-flow-cookie";
import { authErrorRedirect } from "@/server/auth/auth-error-redirect";

/** Sends the browser to Salesforce to sign in; `returnTo` is where to land afterwards. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  try {
    const { redirectUrl, flowCookie } = await beginSignIn({
      returnTo: url.searchParams.get("returnTo"),
      forceLogin: url.searchParams.get("prompt") === "login",
    });
    (await cookies()).set(OAUTH_FLOW_COOKIE, flowCookie, oauthFlowCookieOptions);
    return Response.redirect(redirectUrl, 302);
  } catch (error) {
    return authErrorRedirect(request, error);
  }
}
