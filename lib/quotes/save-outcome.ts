import { ApiRequestError } from "@/lib/api/api-request-error";
import type { SaveOutcome } from "@/lib/quotes/autosave-scheduler";

/**
 * What a failed save means for autosave. A stale version is a conflict (someone else saved first);
 * what the API refused (bad input, no access, a quote that can no longer change) waits for the rep;
 * everything else (network, server, a lapsed session) is retried, since the changes are still here.
 */
export function toSaveOutcome(error: unknown): SaveOutcome {
  if (!(error instanceof ApiRequestError)) {
    return { ok: false, kind: "failed", message: error instanceof Error ? error.message : "The save failed." };
  }
  if (error.status === 409 && error.code === "stale_version") {
    return { ok: false, kind: "conflict", message: error.message };
  }
  if (error.status === 401) {
    return {
      ok: false,
      kind: "failed",
      message:
        "You were signed out, so your changes could not be saved. Sign in again in a new tab; they are kept here.",
    };
  }
  if (error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) {
    return { ok: false, kind: "rejected", message: error.message, problems: error.problems };
  }
  return { ok: false, kind: "failed", message: error.message };
}
