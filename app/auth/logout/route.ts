import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import type { SessionData } from "@/server/auth/session-data";
import { sessionOptions } from "@/server/auth/session-options";

/** Ends the session (a POST, so a link or image elsewhere cannot sign the user out). */
export async function POST(request: Request): Promise<Response> {
  const session = await getIronSession<SessionData>(await cookies(), sessionOptions());
  session.destroy();
  return Response.redirect(new URL("/signed-out", request.url), 303);
}
