import "server-only";
import { completeSignIn } from "@/server/auth/complete-sign-in";
import type { SessionData } from "@/server/auth/session-data";
import { getDatabase } from "@/server/db/get-database";

/** The OAuth callback's work, for the route: finish the flow and say where the browser goes next. */
export async function completeAuthorization({
  callbackUrl,
  flowCookie,
}: {
  callbackUrl: URL;
  flowCookie: string | undefined;
}): Promise<{ session: SessionData | undefined; returnTo: string }> {
  const db = await getDatabase();
  const completed = await completeSignIn({ db, callbackUrl, flowCookie });
  return { session: completed.session, returnTo: completed.flow.returnTo };
}
