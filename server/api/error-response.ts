import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import type { ApiErrorBody } from "@/lib/schemas/api-error";
import { toProblems } from "@/lib/schemas/problems";
import { ApiError } from "@/server/api/api-error";

/** Maps anything thrown while serving an API request to the one error shape; unknown errors never leak. */
export function errorResponse(error: unknown, headers: Headers): Response {
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
  if (apiError.status === 401) headers.set("WWW-Authenticate", 'Basic realm="Sequence CPQ API", charset="UTF-8"');
  return Response.json(body, { status: apiError.status, headers });
}
