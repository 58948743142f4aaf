"use client";

import { useEffect, useId, useState } from "react";
import type { SaveState } from "@/lib/quotes/autosave-scheduler";
import { ProblemList } from "./problem-list";

function secondsUntil(time: number, now: number): number {
  return Math.max(0, Math.ceil((time - now) / 1000));
}

/** A clock for the retry countdown, ticking only while a retry is waiting. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    // Tick at once too: the clock has not moved while no retry was waiting.
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [active]);
  return now;
}

const savedTime = (at: number | null) =>
  at === null ? "" : ` at ${new Date(at).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })}`;

/**
 * Where the draft stands — saved, saving, waiting, refused or failed — and what the rep can do about
 * it. The text is a live region, so a screen reader hears when a save fails, not only sighted reps.
 */
export function SaveStatus({
  state,
  onSaveNow,
  onReviewConflict,
}: {
  state: SaveState;
  onSaveNow: () => void;
  onReviewConflict: () => void;
}) {
  const now = useNow(state.kind === "failed");
  const [showProblems, setShowProblems] = useState(false);
  const problemsId = useId();
  const problems = state.kind === "invalid" || state.kind === "rejected" ? state.problems : [];
  const text = {
    saved: `All changes saved${state.kind === "saved" ? savedTime(state.savedAt) : ""}`,
    pending: "Unsaved changes…",
    saving: "Saving…",
    invalid: `Not saved: ${problems.length} ${problems.length === 1 ? "problem" : "problems"} to fix`,
    rejected: `Not saved: ${state.kind === "rejected" ? state.message : ""}`,
    failed: `Not saved: ${state.kind === "failed" ? state.message : ""}`,
    conflict: "Not saved: this quote was changed somewhere else.",
  }[state.kind];
  const tone =
    state.kind === "saved" || state.kind === "saving" || state.kind === "pending" ? "text-slate-700" : "text-red-800";
  const action = "rounded border border-slate-300 bg-white px-2 py-0.5 text-sm hover:bg-slate-50";

  return (
    <div className="flex min-w-0 items-center gap-2">
      <p role="status" className={`truncate text-sm ${tone}`} data-save-state={state.kind} title={text}>
        {text}
      </p>
      {state.kind === "failed" ? (
        <span className="shrink-0 text-xs text-slate-600">retrying in {secondsUntil(state.retryAt, now)} s</span>
      ) : null}
      {state.kind === "failed" ? (
        <button type="button" className={action} onClick={onSaveNow}>
          Retry now
        </button>
      ) : null}
      {state.kind === "conflict" ? (
        <button type="button" className={action} onClick={onReviewConflict}>
          What now?
        </button>
      ) : null}
      {problems.length > 0 ? (
        <div className="relative">
          <button
            type="button"
            className={action}
            aria-expanded={showProblems}
            aria-controls={problemsId}
            onClick={() => setShowProblems(!showProblems)}
          >
            {showProblems ? "Hide problems" : "Show problems"}
          </button>
          <div
            id={problemsId}
            className={
              showProblems
                ? "absolute right-0 z-20 mt-1 w-md rounded border border-slate-200 bg-white p-3 shadow-lg"
                : "hidden"
            }
          >
            {showProblems ? <ProblemList problems={problems} onGo={() => setShowProblems(false)} /> : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
