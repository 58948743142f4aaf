import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import { toProblems } from "@/lib/schemas/problems";
import { ApiError } from "@/server/api/api-error";

/**
 * Maps anything thrown while serving an API request to the one error shape; unknown errors never leak.
 * A 401 challenges for HTTP Basic, as Sequence does, except with `challenge: false`: our own UI's
 * fetch() would otherwise make the browser pop up its native username and password dialog, where
 * the UI should offer to sign in with Salesforce.
 */
export function errorResponse(
  error: unknown,
  headers: Headers,
  { challenge = true }: { challenge?: boolean } = {},
): Response {
  let apiError: ApiError;
  if (error instanceof ApiError) apiError = error;
  else if (error instanceof ZodError) apiError = ApiError.validation(toProblems(error));
  else {
    const incident = randomUUID();
    console.error(`[api] unexpected error (incident ${incident})`, error);
    apiError = new ApiError(
      500,
      "InternalError",
      "internal_error",
      `Something went wrong on our side (incident ${incident}). Nothing was changed by this request; try again, and if it keeps failing, report the incident id.`,
    );
  }
  const body: ApiErrorBody = {
    error: {
      type: apiError.type,
      code: apiError.code,
      message: apiError.message,
      ...(apiError.problems ? { errors: apiError.problems } : {}),
    },
  };
  if (apiError.status === 401 && challenge)
    headers.set("WWW-Authenticate", 'Basic realm="Sequence CPQ API", charset="UTF-8"');
  return Response.json(body, { status: apiError.status, headers });
}
