"use client";

import { AddressLines } from "@/app/launch/_components/address-lines";
import { ApiRequestError } from "@/lib/api/api-request-error";
import { useCreateCustomerFromAccount, useLaunchView } from "@/lib/api/launch";
import type { LaunchAccount, LaunchLinkResult, LaunchView } from "@/lib/schemas/launch";

type Proposal = Extract<LaunchView["link"], { status: "not_linked" }>["proposal"];

/**
 * The customer the account would give, to create with one click; or, while the account's details
 * in Salesforce are incomplete, every field to fix, each with a link to its record.
 */
export function CreateFromAccount({
  opportunityId,
  account,
  proposal,
  onLinked,
}: {
  opportunityId: string;
  account: LaunchAccount;
  proposal: Proposal;
  onLinked: (result: LaunchLinkResult) => void;
}) {
  const create = useCreateCustomerFromAccount(opportunityId);
  const view = useLaunchView(opportunityId);
  return (
    <section aria-labelledby="create-heading" className="rounded border border-slate-200 bg-white p-4">
      <h3 id="create-heading" className="font-semibold">
        Create the customer from the account
      </h3>
      {proposal.ready ? (
        <>
          <dl className="mt-3 space-y-2 text-sm">
            <div>
              <dt className="text-slate-600">Legal name</dt>
              <dd>{proposal.customer.legalName}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Billing address</dt>
              <dd>
                <AddressLines address={proposal.customer.address} />
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Billing contact</dt>
              <dd>
                {proposal.customer.billingContact.name} ({proposal.customer.billingContact.email})
                <AddressLines address={proposal.customer.billingContact.address} />
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Currency</dt>
              <dd>{proposal.customer.currency ?? "Not set (each quote chooses its own)"}</dd>
            </div>
          </dl>
          <button
            type="button"
            onClick={() =>
              create.mutate(undefined, {
                onSuccess: onLinked,
                // The account changed in Salesforce since the page was read: show what is wrong now.
                onError: (error) => {
                  if (error instanceof ApiRequestError && error.code === "salesforce_account_incomplete")
                    void view.refetch();
                },
              })
            }
            disabled={create.isPending}
            aria-busy={create.isPending}
            className="mt-4 rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
          >
            {create.isPending ? "Creating the customer…" : `Create customer ${proposal.customer.legalName}`}
          </button>
          {create.isError ? (
            <p role="alert" className="mt-3 rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900">
              {create.error.message}
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-700">
            The customer can&apos;t be created from account {account.name} yet. Fix this in Salesforce:
          </p>
          <div role="alert">
            <ul className="mt-2 space-y-2 text-sm">
              {proposal.problems.map((problem) => (
                <li
                  key={`${problem.record.id}-${problem.field ?? problem.message}`}
                  className="rounded border border-red-200 bg-red-50 p-3 text-red-900"
                >
                  <span className="block">{problem.message}</span>
                  <a
                    className="font-medium text-blue-800 underline"
                    href={problem.record.url}
                    target="_blank"
                    rel="noreferrer"
                  >
                    Open {problem.record.type.toLowerCase()} {problem.record.name} in Salesforce
                    <span className="sr-only"> (opens in a new tab)</span>
                  </a>
                </li>
              ))}
            </ul>
          </div>
          <p className="mt-3 text-sm text-slate-700">
            When it&apos;s fixed, check again, or link an existing customer instead.
          </p>
          <button
            type="button"
            onClick={() => void view.refetch()}
            disabled={view.isFetching}
            aria-busy={view.isFetching}
            className="mt-2 rounded border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50 disabled:opacity-60"
          >
            {view.isFetching ? "Checking Salesforce…" : "Check again"}
          </button>
        </>
      )}
    </section>
  );
}
