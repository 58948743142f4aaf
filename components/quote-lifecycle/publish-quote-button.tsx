"use client";

import { useRef } from "react";
import { ApiRequestError } from "@/lib/api/api-request-error";
import { usePublishQuote } from "@/lib/api/quote-lifecycle";
import { describeFieldPath } from "@/lib/quotes/describe-field-path";
import { findPublishProblems } from "@/lib/quotes/find-publish-problems";
import type { Quote } from "@/lib/schemas/quote";
import { BuyerLink } from "@/components/quote-lifecycle/buyer-link";

/**
 * Publishes the quote to the customer. The dialog first lists what is still missing, each problem at
 * the field it names (with a way to jump there when the page offers one), using the same checks the
 * server runs; with nothing missing it asks for confirmation, publishes, and hands over the link.
 * Hidden when there is nothing to publish (already published and unchanged, accepted, archived).
 */
export function PublishQuoteButton({
  quote,
  onShowField,
  waitingForSave = false,
}: {
  quote: Quote;
  /** Called with a problem's path (`phases[0].prices[2].quantity`) to bring that field into view. */
  onShowField?: (path: string) => void;
  /** The page holds edits not saved yet: publishing now would publish the version before them. */
  waitingForSave?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const publish = usePublishQuote(quote.id);
  const closed = Boolean(quote.archivedAt) || quote.status === "ACCEPTED" || quote.status === "EXECUTED";
  const publishable = quote.status === "DRAFT" || quote.hasUnpublishedChanges || quote.isExpired;
  if (closed || (!publishable && !publish.isSuccess)) return null;

  const label =
    quote.status === "DRAFT" ? "Publish" : quote.hasUnpublishedChanges ? "Publish changes" : "Publish again";
  const serverProblems = publish.error instanceof ApiRequestError ? publish.error.problems : [];
  const problems = publish.isSuccess ? [] : serverProblems.length > 0 ? serverProblems : findPublishProblems(quote);
  const open = () => {
    publish.reset();
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();
  const titleId = `publish-title-${quote.id}`;
  const waitingId = `publish-waiting-${quote.id}`;

  return (
    <>
      <button
        type="button"
        onClick={open}
        disabled={waitingForSave}
        aria-describedby={waitingForSave ? waitingId : undefined}
        className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:bg-slate-400"
      >
        {label}
      </button>
      {waitingForSave ? (
        <span id={waitingId} className="sr-only">
          Publishing waits until your changes are saved.
        </span>
      ) : null}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => publish.reset()}
        className="m-auto w-full max-w-lg rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="p-6">
          {publish.isSuccess ? (
            <>
              <h2 id={titleId} className="text-lg font-semibold">
                Published {publish.data.quoteNumber}
              </h2>
              <p className="mt-2 text-slate-700">
                The customer sees this version at the link below. It is being written to Salesforce under the
                opportunity.
              </p>
              <div className="mt-4">
                <BuyerLink quote={publish.data} />
              </div>
            </>
          ) : problems.length > 0 ? (
            <>
              <h2 id={titleId} className="text-lg font-semibold">
                Before you can publish
              </h2>
              <p className="mt-2 text-slate-700">
                {problems.length === 1 ? "One thing is" : `${problems.length} things are`} missing or need a fix:
              </p>
              <ul className="mt-3 space-y-2">
                {problems.map((problem) => (
                  <li key={`${problem.path}:${problem.message}`} className="rounded border border-slate-200 p-2">
                    <p className="font-medium">{describeFieldPath(problem.path, quote) || "Quote"}</p>
                    <p className="text-sm text-slate-700">{problem.message}</p>
                    {onShowField && problem.path ? (
                      <button
                        type="button"
                        className="mt-1 text-sm text-blue-800 underline"
                        onClick={() => {
                          close();
                          onShowField(problem.path);
                        }}
                      >
                        Go to this field
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <h2 id={titleId} className="text-lg font-semibold">
                {label}: {quote.title}
              </h2>
              <p className="mt-2 text-slate-700">
                The customer will see this version at the quote link, valid for {quote.expiryDays} days, and it is
                written to Salesforce under the opportunity. Later edits make a new draft that you publish again.
              </p>
              {publish.isError && serverProblems.length === 0 ? (
                <p role="alert" className="mt-3 rounded border border-red-200 bg-red-50 p-2 text-red-900">
                  {publish.error instanceof ApiRequestError ? publish.error.message : "The quote was not published."}
                </p>
              ) : null}
            </>
          )}
          <div className="mt-6 flex justify-end gap-2">
            <button
              type="button"
              onClick={close}
              className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-50"
            >
              {publish.isSuccess || problems.length > 0 ? "Close" : "Cancel"}
            </button>
            {!publish.isSuccess && problems.length === 0 ? (
              <button
                type="button"
                disabled={publish.isPending}
                onClick={() => publish.mutate({ sendRecipientsEmail: false, version: quote.version })}
                className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
              >
                {publish.isPending ? "Publishing…" : "Publish to customer"}
              </button>
            ) : null}
          </div>
        </div>
      </dialog>
    </>
  );
}
