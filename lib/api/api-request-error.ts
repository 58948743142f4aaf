import type { Problem } from "@/lib/schemas/problems";

/** An API call that failed: the HTTP status, the API's stable error code, its message and field problems. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = "ApiRequestError";
  }

  /** The message for one field (by its path), to show next to that field. */
  problemAt(path: string): string | undefined {
    return this.problems.find((problem) => problem.path === path)?.message;
  }
}
