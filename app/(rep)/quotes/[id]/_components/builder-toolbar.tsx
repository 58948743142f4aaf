"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useWatch } from "react-hook-form";
import { QuoteStatusBadge } from "@/components/quote-status-badge";
import type { SaveState } from "@/lib/quotes/autosave-scheduler";
import type { Quote } from "@/lib/schemas/quote";
import { useBuilderForm } from "./builder-form-context";
import { SaveStatus } from "./save-status";

/**
 * The bar that stays at the top while the rep scrolls a long quote: which quote, its status, whether
 * the work is saved, and room on the right for the lifecycle actions (publish, sync state).
 */
export function BuilderToolbar({
  quote,
  closed,
  saveState,
  onSaveNow,
  onReviewConflict,
  lifecycleActions,
}: {
  quote: Quote;
  closed: boolean;
  saveState: SaveState;
  onSaveNow: () => void;
  onReviewConflict: () => void;
  lifecycleActions?: ReactNode;
}) {
  const { control } = useBuilderForm();
  const title = useWatch({ control, name: "title" });
  return (
    <div className="sticky top-0 z-10 -mx-4 mb-4 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur">
      <div className="flex items-center gap-3">
        <Link href="/quotes" className="text-sm text-blue-800 hover:underline">
          Quotes
        </Link>
        <span aria-hidden="true" className="text-slate-400">
          /
        </span>
        <h1 className="min-w-0 truncate text-lg font-semibold">{title.trim() || "Untitled quote"}</h1>
        <QuoteStatusBadge quote={quote} />
        {quote.quoteNumber ? <span className="text-sm text-slate-600">{quote.quoteNumber}</span> : null}
        <div className="ml-4 min-w-0 flex-1">
          {closed ? (
            <p className="text-sm text-slate-700">
              This quote was {quote.archivedAt ? "archived" : quote.status.toLowerCase()} and can no longer change.
            </p>
          ) : (
            <SaveStatus state={saveState} onSaveNow={onSaveNow} onReviewConflict={onReviewConflict} />
          )}
        </div>
        {lifecycleActions ? <div className="flex shrink-0 items-center gap-2">{lifecycleActions}</div> : null}
      </div>
      {quote.status !== "DRAFT" && !closed ? (
        <p className="mt-1 text-xs text-slate-600">
          Changes make a new draft; the customer sees them once it is published again.
        </p>
      ) : null}
    </div>
  );
}
