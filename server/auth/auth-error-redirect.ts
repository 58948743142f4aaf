import "server-only";
import { ApiError } from "@/server/api/api-error";

/** Sends the browser to the sign-in error page with a message a person can act on. */
export function authErrorRedirect(request: Request, error: unknown): Response {
  let message = "Signing in with Salesforce failed. Try again from the Create Sequence Quote button.";
  if (error instanceof ApiError) message = error.message;
  else console.error("[auth] sign-in failed", error);
  const target = new URL("/auth/error", request.url);
  target.searchParams.set("message", message);
  return Response.redirect(target, 302);
}
