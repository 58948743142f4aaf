"use client";

import { ApiRequestError } from "@/lib/api/api-request-error";
import { useCheckSalesforceConnection, useSalesforceConnection } from "@/lib/api/salesforce";
import { ConnectionCheckList } from "@/app/(admin)/admin/salesforce/_components/connection-check-list";

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Who the app is connected to Salesforce as, the last check's findings, and the buttons to check or (re)connect. */
export function SalesforceConnectionPanel() {
  const connection = useSalesforceConnection();
  const check = useCheckSalesforceConnection();
  if (connection.isPending) {
    return (
      <p role="status" className="mt-6 text-slate-600">
        Loading the connection…
      </p>
    );
  }
  if (connection.isError) {
    return (
      <p role="alert" className="mt-6 rounded border border-red-200 bg-red-50 p-4 text-red-900">
        The connection could not be loaded: {connection.error.message}
      </p>
    );
  }
  const current = connection.data;
  return (
    <>
      <section aria-labelledby="connection-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="connection-heading" className="text-lg font-semibold">
          Connection
        </h2>
        {current.connected ? (
          <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="text-slate-600">Connected as</dt>
            <dd className="font-medium">{current.connectedAs?.username ?? current.connectedAs?.userId}</dd>
            <dt className="text-slate-600">Org</dt>
            <dd>
              <span className="font-mono">{current.orgId}</span> at {current.instanceUrl}
            </dd>
            <dt className="text-slate-600">Since</dt>
            <dd>{current.connectedAt ? dateTime.format(new Date(current.connectedAt)) : "—"}</dd>
            <dt className="text-slate-600">Access</dt>
            <dd>
              {current.authFlow === "client_credentials"
                ? "The connected app's own credentials (the local org, connected automatically)"
                : "A refresh token from the admin who connected it, stored encrypted"}
            </dd>
          </dl>
        ) : (
          <p className="mt-3 text-slate-700">
            Not connected. Published quotes wait, and are written as soon as an admin connects the org.
          </p>
        )}
        <div className="mt-5 flex flex-wrap gap-2">
          <form action="/auth/connect-salesforce" method="post">
            <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
              {current.connected ? "Reconnect as another user" : "Connect Salesforce"}
            </button>
          </form>
          {current.connected ? (
            <button
              type="button"
              disabled={check.isPending}
              onClick={() => check.mutate()}
              className="rounded border border-slate-300 bg-white px-4 py-2 hover:bg-slate-50 disabled:opacity-60"
            >
              {check.isPending ? "Checking…" : "Check the connection"}
            </button>
          ) : null}
        </div>
        {check.isError ? (
          <p role="alert" className="mt-3 text-red-900">
            {check.error instanceof ApiRequestError ? check.error.message : "The check could not run."}
          </p>
        ) : null}
      </section>
      {current.lastCheck ? (
        <section aria-labelledby="check-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="check-heading" className="text-lg font-semibold">
            {current.lastCheck.ok ? "Everything the sync needs is in place" : "What to fix in Salesforce"}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Checked {dateTime.format(new Date(current.lastCheck.checkedAt))}. A check costs one Salesforce API call, so
            it runs when the org is connected and when you ask.
          </p>
          <ConnectionCheckList items={current.lastCheck.items} />
        </section>
      ) : null}
    </>
  );
}
