import type { Problem } from "@/lib/schemas/problems";
import { describeProblems } from "@/lib/schemas/problems";

/** An error the API reports to its caller as is: a status, a stable code and a message that says what to do. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly code: string,
    message: string,
    readonly problems?: Problem[],
  ) {
    super(message);
    this.name = "ApiError";
  }

  static validation(problems: Problem[], where = "request"): ApiError {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    return new ApiError(
      400,
      "ValidationError",
      "validation_failed",
      `The ${where} has ${count}: ${describeProblems(problems)}. Nothing was changed.`,
      problems,
    );
  }

  static notFound(resource: string, id: string): ApiError {
    return new ApiError(404, "NotFound", "not_found", `No ${resource} with id "${id}" exists.`);
  }

  static conflict(code: string, message: string): ApiError {
    return new ApiError(409, "Conflict", code, message);
  }

  static unauthorized(message: string): ApiError {
    return new ApiError(401, "Unauthorized", "unauthorized", message);
  }

  static forbidden(message: string): ApiError {
    return new ApiError(403, "Forbidden", "forbidden", message);
  }
}
