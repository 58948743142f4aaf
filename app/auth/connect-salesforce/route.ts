import { cookies } from "next/headers";
import { ApiError } from "@/server/api/api-error";
import { authErrorRedirect } from "@/server/auth/auth-error-redirect";
import { beginSignIn } from "@/server/auth/begin-sign-in";
import { getCurrentUser } from "@/server/auth/get-current-user";
import { OAUTH_FLOW_COOKIE, oauthFlowCookieOptions } from "@/server/auth/oauth-flow-cookie";

/**
 * The admin page's "Connect Salesforce" form posts here: the browser goes to Salesforce to sign in as
 * the user the app will write as (always asked, so nobody connects an org by accident), and the
 * callback stores the connection.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const user = await getCurrentUser();
    if (!user || user.role !== "admin") throw ApiError.forbidden("Only admins can connect Salesforce.");
    const { redirectUrl, flowCookie } = await beginSignIn({
      returnTo: "/admin/salesforce",
      purpose: "connect-integration",
      forceLogin: true,
    });
    (await cookies()).set(OAUTH_FLOW_COOKIE, flowCookie, oauthFlowCookieOptions);
    return Response.redirect(redirectUrl, 303);
  } catch (error) {
    return authErrorRedirect(request, error);
  }
}
