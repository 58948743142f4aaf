import type { z } from "zod";

/** One thing wrong with an input: where (a field path such as `phases[0].prices[1].structure.price`) and what. */
export type Problem = { path: string; message: string };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/**
 * Turns zod's issues into problems a person can act on: a misspelt key is reported at its own path
 * (zod reports it on the parent object), and a missing field says it is required.
 */
export function toProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: `"${key}" is not a field here; check its spelling against the API reference`,
      }));
    }
    if (issue.code === "invalid_type" && / received undefined$/.test(issue.message)) {
      return [{ path: formatPath(path), message: "is required" }];
    }
    return [{ path: formatPath(path), message: issue.message }];
  });
}

/** "structure.price is required; name must not be empty" — the problems as one sentence. */
export function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => (p.path ? `${p.path} ${p.message}` : p.message)).join("; ");
}
