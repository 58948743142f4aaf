"use client";

import { ApiRequestError } from "@/lib/api/api-request-error";
import {
  useAcceptQuote,
  useArchiveQuote,
  useDuplicateQuote,
  useExecuteQuote,
  useRevertQuoteDraft,
} from "@/lib/api/quote-lifecycle";
import type { Quote } from "@/lib/schemas/quote";
import { ConfirmButton } from "@/components/quote-lifecycle/confirm-button";

/**
 * The lifecycle steps that make sense for the quote as it stands: mark accepted (published, unchanged,
 * not expired), execute into a billing schedule (accepted), revert unpublished changes, archive, and
 * duplicate (always). Each says what it will do before it does it; a refusal shows the server's reason.
 */
export function QuoteLifecycleActions({
  quote,
  onDuplicated,
  waitingForSave = false,
}: {
  quote: Quote;
  /** Receives the new quote, for example to open it. */
  onDuplicated?: (quote: Quote) => void;
  /** The page holds edits not saved yet: every action waits for them, so none acts on an older version. */
  waitingForSave?: boolean;
}) {
  const accept = useAcceptQuote(quote.id);
  const execute = useExecuteQuote(quote.id);
  const revert = useRevertQuoteDraft(quote.id);
  const archive = useArchiveQuote(quote.id);
  const duplicate = useDuplicateQuote(quote.id);
  const archived = Boolean(quote.archivedAt);
  const error = [accept, execute, revert, archive, duplicate].find((action) => action.isError)?.error;
  const canAccept = !archived && quote.status === "PUBLISHED" && !quote.hasUnpublishedChanges && !quote.isExpired;

  return (
    <div>
      {/* A disabled fieldset disables every action in it at once (and says why, below). */}
      <fieldset
        disabled={waitingForSave}
        aria-describedby={waitingForSave ? `actions-waiting-${quote.id}` : undefined}
        className="flex flex-wrap gap-2"
      >
        <legend className="sr-only">Quote actions</legend>
        {canAccept ? (
          <ConfirmButton
            label="Mark accepted"
            title="Mark this quote as accepted?"
            confirmLabel="Mark accepted"
            pending={accept.isPending}
            onConfirm={() => accept.mutate(undefined)}
          >
            Record that the customer accepted version {quote.quoteNumber} as published. It can then be executed into a
            billing schedule, and no longer edited.
          </ConfirmButton>
        ) : null}
        {!archived && quote.status === "ACCEPTED" ? (
          <ConfirmButton
            label="Execute"
            title="Execute this quote?"
            confirmLabel="Create billing schedule"
            pending={execute.isPending}
            onConfirm={() => execute.mutate(undefined)}
          >
            Creates a draft billing schedule from the accepted quote: its phases, prices, discounts and minimums.
          </ConfirmButton>
        ) : null}
        {!archived && quote.hasUnpublishedChanges ? (
          <ConfirmButton
            label="Revert changes"
            title="Throw away the unpublished changes?"
            confirmLabel="Revert to published version"
            destructive
            pending={revert.isPending}
            onConfirm={() => revert.mutate(undefined)}
          >
            Goes back to the version the customer has. The changes made since it was published are lost.
          </ConfirmButton>
        ) : null}
        {!archived ? (
          <ConfirmButton
            label="Archive"
            title="Archive this quote?"
            confirmLabel="Archive"
            destructive
            pending={archive.isPending}
            onConfirm={() => archive.mutate(undefined)}
          >
            The quote leaves your lists and can no longer change
            {quote.buyerUrl ? "; its customer link then says it was withdrawn" : ""}.
          </ConfirmButton>
        ) : null}
        <button
          type="button"
          disabled={duplicate.isPending}
          onClick={() => duplicate.mutate(undefined, { onSuccess: (copy) => onDuplicated?.(copy) })}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60"
        >
          {duplicate.isPending ? "Duplicating…" : "Duplicate"}
        </button>
      </fieldset>
      {waitingForSave ? (
        <p id={`actions-waiting-${quote.id}`} className="mt-1 text-sm text-slate-600">
          These wait until your changes are saved.
        </p>
      ) : null}
      <div aria-live="polite" className="mt-2 min-h-5 text-sm">
        {error ? (
          <p role="alert" className="text-red-900">
            {error instanceof ApiRequestError ? error.message : "That did not work; try again."}
          </p>
        ) : duplicate.isSuccess && !onDuplicated ? (
          <p role="status" className="text-green-900">
            Duplicated as a new draft{duplicate.data.title ? ` “${duplicate.data.title}”` : ""}.
          </p>
        ) : null}
      </div>
    </div>
  );
}
