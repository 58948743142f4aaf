import { NextResponse, type NextRequest } from "next/server";

/**
 * Salesforce POSTs a Canvas app's signed request to its canvas URL, `/launch`, where the launch page
 * lives; a page and a route handler cannot share a segment, so that POST goes to /launch/canvas.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.method === "POST") return NextResponse.rewrite(new URL("/launch/canvas", request.url));
  return NextResponse.next();
}

export const config = { matcher: "/launch" };
