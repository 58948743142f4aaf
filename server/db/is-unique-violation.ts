/**
 * True when a database error is a unique-constraint violation (SQLSTATE 23505), optionally on a named
 * constraint. Drivers and drizzle wrap errors differently, so the cause chain is searched.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; message?: unknown; cause?: unknown };
    if (candidate.code === "23505") {
      if (!constraint) return true;
      if (candidate.constraint === constraint) return true;
      if (typeof candidate.message === "string" && candidate.message.includes(constraint)) return true;
    }
    current = candidate.cause;
  }
  return false;
}
