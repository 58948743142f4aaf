import { SfError } from "@/tools/local-salesforce/records/sf-error";

/** The answers of earlier subrequests, by referenceId; undefined marks one that failed. */
export type ReferenceResults = Map<string, unknown>;

const REFERENCE = /@\{([A-Za-z0-9][A-Za-z0-9_]*)((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}/g;
const WHOLE_REFERENCE = /^@\{([A-Za-z0-9][A-Za-z0-9_]*)((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}$/;

/**
 * Replaces `@{refId.path}` references (reference §2.8: `.` and `[n]` operators, case-sensitive)
 * in a subrequest's URL and body. A string that is one reference takes the referenced value as is;
 * references inside longer strings are interpolated. An unresolvable reference fails the
 * subrequest with PROCESSING_HALTED, as Salesforce does.
 */
export function resolveReferences<T>(value: T, results: ReferenceResults): T {
  if (typeof value === "string") return resolveString(value, results) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => resolveReferences(item, results)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveReferences(item, results)])) as T;
  }
  return value;
}

/** The referenceIds a subrequest's URL and body point at (for graph depth and ordering checks). */
export function referencedIds(value: unknown): string[] {
  const text = JSON.stringify(value) ?? "";
  return [...text.matchAll(REFERENCE)].map((match) => String(match[1]));
}

function resolveString(text: string, results: ReferenceResults): unknown {
  const whole = WHOLE_REFERENCE.exec(text);
  if (whole) return lookup(String(whole[1]), whole[2] ?? "", results);
  return text.replace(REFERENCE, (_match, id: string, path: string) => String(lookup(id, path, results)));
}

function lookup(referenceId: string, path: string, results: ReferenceResults): unknown {
  let current: unknown = results.get(referenceId);
  for (const step of path.match(/\.[A-Za-z0-9_]+|\[\d+\]/g) ?? []) {
    if (current === null || typeof current !== "object") {
      current = undefined;
      break;
    }
    const key = step.startsWith(".") ? step.slice(1) : Number(step.slice(1, -1));
    current = (current as Record<string | number, unknown>)[key];
  }
  if (current === undefined || current === null) {
    throw new SfError(
      "PROCESSING_HALTED",
      `Invalid reference specified. No value for ${referenceId}${path} found in ${referenceId}. Provided referenceId ('${referenceId}') refers to a subrequest that failed or did not return that value.`,
    );
  }
  return current;
}
