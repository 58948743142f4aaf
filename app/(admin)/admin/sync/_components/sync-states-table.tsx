"use client";

import { useState } from "react";
import { ApiRequestError } from "@/lib/api/api-request-error";
import { useRetryQuoteSync } from "@/lib/api/quote-lifecycle";
import { useRetryFailedSyncs, useSyncStates } from "@/lib/api/salesforce";
import type { ListSyncStatesQuery, SyncStatus } from "@/lib/schemas/salesforce-integration";

const filters: { value: ListSyncStatesQuery["status"]; label: string }[] = [
  { value: "failed", label: "Failed" },
  { value: "pending", label: "Not synced yet" },
  { value: "all", label: "All" },
];
const statusLabels: Record<SyncStatus, string> = {
  failed: "Failed",
  retrying: "Retrying",
  pending: "Writing",
  synced: "In Salesforce",
};
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** The sync states an admin filters by, with Salesforce's reason for each failure and a retry. */
export function SyncStatesTable() {
  const [status, setStatus] = useState<ListSyncStatesQuery["status"]>("failed");
  const states = useSyncStates(status);
  const retry = useRetryQuoteSync();
  const retryAll = useRetryFailedSyncs();
  const error = retry.error ?? retryAll.error;
  return (
    <>
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <fieldset className="flex gap-2">
          <legend className="sr-only">Show</legend>
          {filters.map((filter) => (
            <label
              key={filter.value}
              className={`cursor-pointer rounded-full border px-3 py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-700 ${status === filter.value ? "border-blue-700 bg-blue-700 text-white" : "border-slate-300 bg-white"}`}
            >
              <input
                type="radio"
                name="sync-filter"
                value={filter.value}
                checked={status === filter.value}
                onChange={() => setStatus(filter.value)}
                className="sr-only"
              />
              {filter.label}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          disabled={retryAll.isPending}
          onClick={() => retryAll.mutate()}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60"
        >
          {retryAll.isPending ? "Retrying…" : "Retry everything not synced"}
        </button>
      </div>
      <div aria-live="polite" className="mt-2 min-h-6 text-sm">
        {error ? (
          <p role="alert" className="text-red-900">
            {error instanceof ApiRequestError ? error.message : "The retry could not be started."}
          </p>
        ) : retryAll.isSuccess ? (
          <p role="status" className="text-green-900">
            {retryAll.data.retried === 1 ? "1 quote is" : `${retryAll.data.retried} quotes are`} being written again.
          </p>
        ) : null}
      </div>
      {states.isPending ? (
        <p role="status" className="mt-4 text-slate-600">
          Loading…
        </p>
      ) : states.isError ? (
        <p role="alert" className="mt-4 rounded border border-red-200 bg-red-50 p-4 text-red-900">
          The sync states could not be loaded: {states.error.message}
        </p>
      ) : states.data.items.length === 0 ? (
        <p className="mt-4 rounded border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {status === "failed" ? "Nothing failed. Every published quote reached Salesforce." : "Nothing to show."}
        </p>
      ) : (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">Quotes and their state in Salesforce</caption>
          <thead className="border-b border-slate-300 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">
                Quote
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                State
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Why
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Last change
              </th>
              <th scope="col" className="py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {states.data.items.map((item) => (
              <tr key={`${item.entityType}:${item.entityId}`} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-2 pr-3 font-medium">
                  <a className="text-blue-800 underline" href={`/admin/quotes/${item.entityId}`}>
                    {item.label}
                  </a>
                </th>
                <td className="py-2 pr-3">
                  {statusLabels[item.status]}
                  {item.attempts > 0 ? (
                    <span className="text-slate-600"> · {item.attempts} failed attempts</span>
                  ) : null}
                </td>
                <td className="py-2 pr-3">
                  {item.error ? (
                    <>
                      {item.error.record ? `${item.error.record}: ` : ""}
                      {item.error.message} <span className="font-mono text-xs">({item.error.code})</span>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">{dateTime.format(new Date(item.updatedAt))}</td>
                <td className="py-2">
                  {item.status === "failed" ? (
                    <button
                      type="button"
                      disabled={retry.isPending}
                      onClick={() => retry.mutate(item.entityId)}
                      className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50 disabled:opacity-60"
                    >
                      Retry<span className="sr-only"> {item.label}</span>
                    </button>
                  ) : item.salesforceUrl ? (
                    <a className="text-blue-800 underline" href={item.salesforceUrl} target="_blank" rel="noreferrer">
                      Open<span className="sr-only"> {item.label} in Salesforce (new tab)</span>
                    </a>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
