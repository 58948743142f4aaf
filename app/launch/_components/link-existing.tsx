"use client";

import { useDeferredValue, useId, useState } from "react";
import { useCustomerSearch } from "@/lib/api/customers";
import { useLinkCustomer } from "@/lib/api/launch";
import type { LaunchLinkResult } from "@/lib/schemas/launch";

/** Finds a customer by name and links it to the account, when the customer exists already. */
export function LinkExisting({
  opportunityId,
  onLinked,
}: {
  opportunityId: string;
  onLinked: (result: LaunchLinkResult) => void;
}) {
  const [name, setName] = useState("");
  const deferred = useDeferredValue(name);
  const search = useCustomerSearch(deferred, { enabled: deferred.trim().length >= 2 });
  const link = useLinkCustomer(opportunityId);
  const inputId = useId();
  const searching = deferred.trim().length >= 2;

  return (
    <section aria-labelledby="link-existing-heading" className="rounded border border-slate-200 bg-white p-4">
      <h3 id="link-existing-heading" className="font-semibold">
        Or link an existing customer
      </h3>
      <label htmlFor={inputId} className="mt-3 block text-sm font-medium">
        Search customers by name
      </label>
      <input
        id={inputId}
        type="search"
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="off"
        className="mt-1 w-full rounded border border-slate-400 px-2 py-1.5"
      />
      <div aria-live="polite" className="mt-2 text-sm">
        {!searching ? (
          <p className="text-slate-600">Type at least two letters of the customer&apos;s name.</p>
        ) : search.isError ? (
          <p role="alert" className="text-red-800">
            The search failed: {search.error.message}
          </p>
        ) : !search.data ? (
          <p className="text-slate-600">Searching…</p>
        ) : search.data.items.length === 0 ? (
          <p className="text-slate-600">
            No customer&apos;s name contains &ldquo;{deferred.trim()}&rdquo;. Create it from the account instead.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Matching customers">
            {search.data.items.map((customer) => {
              const linkedElsewhere = customer.integrationIds.some((id) => id.service === "Salesforce");
              return (
                <li key={customer.id} className="flex items-center justify-between gap-3 py-2">
                  <span>
                    <span className="block font-medium">{customer.legalName}</span>
                    <span className="block text-slate-600">
                      {customer.address.town}, {customer.address.country}
                      {linkedElsewhere ? " · already linked to a Salesforce account" : ""}
                    </span>
                  </span>
                  <button
                    type="button"
                    onClick={() => link.mutate({ customerId: customer.id }, { onSuccess: onLinked })}
                    disabled={linkedElsewhere || link.isPending}
                    className="shrink-0 rounded border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-60"
                  >
                    {link.isPending && link.variables.customerId === customer.id ? "Linking…" : "Link"}
                    <span className="sr-only"> {customer.legalName}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {link.isError ? (
        <p role="alert" className="mt-3 rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {link.error.message}
        </p>
      ) : null}
    </section>
  );
}
