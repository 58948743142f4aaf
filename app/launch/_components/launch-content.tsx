"use client";

import { useRef, useState } from "react";
import { LinkedCustomer } from "@/app/launch/_components/linked-customer";
import { NotLinked } from "@/app/launch/_components/not-linked";
import { OpportunitySummary } from "@/app/launch/_components/opportunity-summary";
import type { LaunchLinkResult, LaunchView } from "@/lib/schemas/launch";

/** The opportunity, then what its account's customer link allows: quoting, linking, or fixing the opportunity. */
export function LaunchContent({ view }: { view: LaunchView }) {
  const { opportunity, account, link } = view;
  const [outcome, setOutcome] = useState<{ result: LaunchLinkResult; byRep: boolean } | null>(null);
  // Repairs run once per page load: a write-back Salesforce just refused is retried on the next launch, not in a loop.
  const repairsTried = useRef(new Set<string>());
  const linked = (result: LaunchLinkResult) => {
    repairsTried.current.add(result.customer.id);
    setOutcome({ result, byRep: true });
  };
  const repaired = (result: LaunchLinkResult) => setOutcome({ result, byRep: false });
  return (
    <>
      <OpportunitySummary opportunity={opportunity} account={account} />
      {link.status === "no_account" ? (
        <section aria-labelledby="no-account-heading" className="mt-6 rounded border border-amber-200 bg-amber-50 p-4">
          <h2 id="no-account-heading" className="text-lg font-semibold text-amber-950">
            This opportunity has no account
          </h2>
          <p className="mt-2 text-amber-950">
            A quote is for a customer, and the customer comes from the opportunity&apos;s account. Set the account on
            the opportunity in Salesforce, then click <strong>Create Sequence Quote</strong> again. Nothing was created.
          </p>
          <p className="mt-2">
            <a className="font-medium text-blue-800 underline" href={opportunity.url} target="_top">
              Open {opportunity.name} in Salesforce
            </a>
          </p>
        </section>
      ) : null}
      {link.status === "linked" && account ? (
        <LinkedCustomer
          opportunity={opportunity}
          account={account}
          customer={link.customer}
          repair={link.repair}
          outcome={outcome}
          repairsTried={repairsTried}
          onRepaired={repaired}
        />
      ) : null}
      {link.status === "not_linked" && account ? (
        <NotLinked opportunityId={opportunity.id} account={account} link={link} onLinked={linked} />
      ) : null}
    </>
  );
}
