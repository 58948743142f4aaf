"use client";

import { ApiRequestError } from "@/lib/api/api-request-error";
import { useQuoteSalesforceSync, useRetryQuoteSync } from "@/lib/api/quote-lifecycle";
import { syncStatusOf } from "@/lib/salesforce/sync-status";
import type { Quote } from "@/lib/schemas/quote";
import type { QuoteSalesforceSync } from "@/lib/schemas/salesforce-integration";

function initialSync(quote: Quote): QuoteSalesforceSync | undefined {
  const integration = quote.integrationIds.find((entry) => entry.service === "Salesforce");
  if (!integration) return undefined;
  return {
    status: syncStatusOf({ isPending: integration.isPending, error: quote.salesforceSyncError }),
    integrationId: integration,
    ...(quote.salesforceSyncError ? { error: quote.salesforceSyncError } : {}),
    attempts: 0,
  };
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * Where the quote stands in Salesforce: being written, there (with a link), being retried, or refused
 * with Salesforce's own words; admins can retry once the cause is fixed. Updates itself while a write
 * is under way.
 */
export function QuoteSyncStatus({ quote, canRetry = false }: { quote: Quote; canRetry?: boolean }) {
  const initial = initialSync(quote);
  // A quote reaches Salesforce only once it is published.
  const sync = useQuoteSalesforceSync(quote.id, { initial, enabled: Boolean(quote.publishedAt) });
  const retry = useRetryQuoteSync();
  const state = sync.data ?? initial;
  if (!state || state.status === "not_synced") {
    return quote.publishedAt ? (
      <p className="text-sm text-slate-600">
        Not written to Salesforce: the quote has no opportunity and its customer no linked account.
      </p>
    ) : null;
  }
  const link = state.integrationId?.url;
  const lastSynced = state.integrationId?.lastSynced;
  return (
    <div aria-live="polite" className="text-sm">
      {state.status === "synced" ? (
        <p className="text-green-900">
          In Salesforce{lastSynced ? `, updated ${timeFormat.format(new Date(lastSynced))}` : ""}.{" "}
          {link ? (
            <a className="text-blue-800 underline" href={link} target="_blank" rel="noreferrer">
              Open in Salesforce<span className="sr-only"> (new tab)</span>
            </a>
          ) : null}
        </p>
      ) : state.status === "pending" ? (
        <p className="text-slate-700" role="status">
          Writing to Salesforce…
        </p>
      ) : (
        <div
          role={state.status === "failed" ? "alert" : "status"}
          className={`rounded border p-3 ${state.status === "failed" ? "border-red-200 bg-red-50 text-red-950" : "border-amber-200 bg-amber-50 text-amber-950"}`}
        >
          <p className="font-medium">
            {state.status === "failed"
              ? "Salesforce did not take this quote."
              : "Salesforce did not take this quote yet; trying again automatically."}
          </p>
          {state.error ? (
            <p className="mt-1">
              {state.error.record ? `${state.error.record}: ` : ""}
              {state.error.message} <span className="font-mono text-xs">({state.error.code})</span>
            </p>
          ) : null}
          {state.status === "failed" ? (
            <p className="mt-1">
              {canRetry ? "Fix the cause in Salesforce, then retry." : "An admin can retry once the cause is fixed."}
            </p>
          ) : null}
          {canRetry && state.status === "failed" ? (
            <button
              type="button"
              className="mt-2 rounded border border-slate-300 bg-white px-3 py-1 text-slate-900 hover:bg-slate-50 disabled:opacity-60"
              disabled={retry.isPending}
              onClick={() => retry.mutate(quote.id)}
            >
              {retry.isPending ? "Retrying…" : "Retry"}
            </button>
          ) : null}
          {retry.isError ? (
            <p role="alert" className="mt-1 text-red-900">
              {retry.error instanceof ApiRequestError ? retry.error.message : "The retry could not be started."}
            </p>
          ) : null}
        </div>
      )}
    </div>
  );
}
