"use client";

import { useEffect } from "react";
import type { SaveState } from "@/lib/quotes/autosave-scheduler";
import type { Quote } from "@/lib/schemas/quote";
import type { QuoteAutosave } from "./quote-autosave";

/**
 * A lifecycle action (publish, revert to the published version, accept…) changes the quote on the
 * server and hands back its new state, with a new version. The form takes that state over, so the
 * next autosave starts from the right version and a revert shows the reverted content. Our own saves
 * are not adopted (their version is already the scheduler's), and nothing is adopted while edits are
 * pending: the lifecycle actions wait for them.
 */
export function useAdoptLifecycleChanges(quote: Quote, autosave: QuoteAutosave, saveState: SaveState): void {
  useEffect(() => {
    if (saveState.kind === "saved" && quote.version !== autosave.scheduler.currentVersion) autosave.replaceWith(quote);
  }, [quote, autosave, saveState.kind]);
}
