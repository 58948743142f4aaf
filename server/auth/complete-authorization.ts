import "server-only";
import { ApiError } from "@/server/api/api-error";
import { completeSignIn } from "@/server/auth/complete-sign-in";
import { getCurrentUser } from "@/server/auth/get-current-user";
import type { SessionData } from "@/server/auth/session-data";
import { getDatabase } from "@/server/db/get-database";
import { connectSalesforceIntegration } from "@/server/salesforce/connect-salesforce-integration";

/**
 * The OAuth callback's work, for the route: finish the flow and say where the browser goes next. A
 * sign-in returns the session to set; connecting the integration stores the connection, which only
 * a signed-in admin may do, and needs a refresh token so the sync can keep working unattended.
 */
export async function completeAuthorization({
  callbackUrl,
  flowCookie,
}: {
  callbackUrl: URL;
  flowCookie: string | undefined;
}): Promise<{ session: SessionData | undefined; returnTo: string }> {
  const db = await getDatabase();
  const completed = await completeSignIn({ db, callbackUrl, flowCookie });
  if (completed.flow.purpose === "connect-integration") {
    const user = await getCurrentUser();
    if (!user || user.role !== "admin") {
      throw ApiError.forbidden("Only a signed-in admin can connect Salesforce; sign in as an admin and try again.");
    }
    if (!completed.tokens.refreshToken) {
      throw new ApiError(
        400,
        "ConnectFailed",
        "no_refresh_token",
        "Salesforce did not grant offline access (no refresh token), so the app could not keep writing to it. Allow the refresh_token scope on the connected app and connect again.",
      );
    }
    await connectSalesforceIntegration({
      db,
      actor: { kind: "user", userId: user.id, role: user.role, name: user.name },
      tokens: completed.tokens,
      identity: completed.identity,
      authFlow: "refresh_token",
    });
  }
  return { session: completed.session, returnTo: completed.flow.returnTo };
}
