"use client";

import { useEffect, useRef, type RefObject } from "react";
import { NewQuoteButton } from "@/app/launch/_components/new-quote-button";
import { OpportunityQuotes } from "@/app/launch/_components/opportunity-quotes";
import { useLinkCustomer } from "@/lib/api/launch";
import type {
  LaunchAccount,
  LaunchCustomer,
  LaunchLinkResult,
  LaunchOpportunity,
  LaunchView,
} from "@/lib/schemas/launch";

type Repair = Extract<LaunchView["link"], { status: "linked" }>["repair"];

/** What the last create, link or repair did, on both sides. */
function Outcome({ result }: { result: LaunchLinkResult }) {
  const failed = result.salesforce.status === "failed";
  return (
    <div className="mt-3 space-y-1 text-sm">
      <p className="text-green-800">{result.notice}</p>
      <p className={failed ? "rounded border border-amber-200 bg-amber-50 p-3 text-amber-950" : "text-green-800"}>
        {result.salesforce.message}
      </p>
    </div>
  );
}

/**
 * The account's customer, and the opportunity's quotes with a button for a new draft. When the two
 * sides of the link disagree, the page repairs it through the link endpoint once, and says so.
 */
export function LinkedCustomer({
  opportunity,
  account,
  customer,
  repair,
  outcome,
  repairsTried,
  onRepaired,
}: {
  opportunity: LaunchOpportunity;
  account: LaunchAccount;
  customer: LaunchCustomer;
  repair: Repair;
  /** What the last create, link or repair did; `byRep` when the rep asked for it. */
  outcome: { result: LaunchLinkResult; byRep: boolean } | null;
  repairsTried: RefObject<Set<string>>;
  onRepaired: (result: LaunchLinkResult) => void;
}) {
  const link = useLinkCustomer(opportunity.id);
  const { mutate } = link;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!repair || repairsTried.current.has(repair.customerId)) return;
    repairsTried.current.add(repair.customerId);
    mutate({ customerId: repair.customerId }, { onSuccess: onRepaired });
  }, [repair, repairsTried, mutate, onRepaired]);

  // The panel replaces the create/link forms the rep just used: move focus to where the answer is
  // (not after a repair the page made on its own, which must not pull focus away).
  useEffect(() => {
    if (outcome?.byRep) heading.current?.focus();
  }, [outcome]);

  return (
    <>
      <section aria-labelledby="customer-heading" className="mt-6 rounded border border-slate-200 bg-white p-4">
        <h2 id="customer-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          Customer
        </h2>
        <p className="mt-1">
          Quoting for <strong>{customer.legalName}</strong>, the customer linked to account {account.name}.
        </p>
        {customer.archived ? (
          <p role="alert" className="mt-2 rounded border border-red-200 bg-red-50 p-3 text-red-900">
            This customer is archived, so new quotes can&apos;t be made for it. Ask an admin to restore it, or to link
            the account to another customer.
          </p>
        ) : null}
        <div aria-live="polite">
          {link.isPending && repair ? (
            <p role="status" className="mt-3 text-sm text-slate-700">
              Repairing the link: {repair.message}
            </p>
          ) : null}
          {outcome ? <Outcome result={outcome.result} /> : null}
        </div>
        {link.isError ? (
          <p role="alert" className="mt-3 rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
            The link could not be repaired: {link.error.message} It will be tried again the next time you open this
            opportunity.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="quotes-heading" className="mt-6">
        <div className="flex items-center justify-between gap-4">
          <h2 id="quotes-heading" className="text-lg font-semibold">
            Quotes for this opportunity
          </h2>
          <NewQuoteButton opportunity={opportunity} customer={customer} />
        </div>
        <OpportunityQuotes opportunityId={opportunity.id} />
      </section>
    </>
  );
}
