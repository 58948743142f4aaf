import { randomUUID } from "node:crypto";
import { getIronSession } from "iron-session";
import { ApiError } from "@/server/api/api-error";
import { acceptCanvasRequest } from "@/server/auth/accept-canvas-request";
import { canvasRefusalResponse } from "@/server/auth/canvas-refusal-response";
import type { SessionData } from "@/server/auth/session-data";
import { sessionOptions } from "@/server/auth/session-options";
import { CanvasRequestError } from "@/server/auth/verify-canvas-request";

async function signedRequestOf(request: Request): Promise<string | undefined> {
  try {
    const value = (await request.formData()).get("signed_request");
    return typeof value === "string" && value !== "" ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Salesforce POSTs a Canvas app's signed request to its canvas URL, `/launch` (proxy.ts rewrites
 * that POST here, since a page and a route handler cannot share a segment). A verified request
 * signs the rep in and continues to the launch view. The session goes both into the cookie and
 * into the URL fragment, which browsers never send to a server: where the browser blocks the
 * cookie in Salesforce's frame, the page reads the fragment and sends it as `x-cpq-session`.
 */
export async function POST(request: Request): Promise<Response> {
  const signedRequest = await signedRequestOf(request);
  if (!signedRequest) return canvasRefusalResponse(400, "it carried no signed_request form field");
  try {
    const accepted = await acceptCanvasRequest({ signedRequest });
    const query = new URLSearchParams({
      ...(accepted.opportunityId ? { opportunityId: accepted.opportunityId } : {}),
      via: "canvas",
    });
    const response = new Response(null, {
      status: 303,
      headers: {
        Location: `/launch?${query.toString()}#session=${encodeURIComponent(accepted.sealedSession)}`,
        "Cache-Control": "no-store",
      },
    });
    const session = await getIronSession<SessionData>(request, response, sessionOptions());
    Object.assign(session, accepted.session);
    await session.save();
    return response;
  } catch (error) {
    if (error instanceof CanvasRequestError) return canvasRefusalResponse(403, error.message);
    if (error instanceof ApiError) return canvasRefusalResponse(error.status, error.message.replace(/\.$/, ""));
    const incident = randomUUID();
    console.error(`[canvas] unexpected error (incident ${incident})`, error);
    return canvasRefusalResponse(500, `something went wrong on our side (incident ${incident})`);
  }
}
