"use client";

import { CreateFromAccount } from "@/app/launch/_components/create-from-account";
import { LinkExisting } from "@/app/launch/_components/link-existing";
import type { LaunchAccount, LaunchLinkResult, LaunchView } from "@/lib/schemas/launch";

type NotLinkedLink = Extract<LaunchView["link"], { status: "not_linked" }>;

/** An account without a customer: create one from it, or link one that exists. */
export function NotLinked({
  opportunityId,
  account,
  link,
  onLinked,
}: {
  opportunityId: string;
  account: LaunchAccount;
  link: NotLinkedLink;
  onLinked: (result: LaunchLinkResult) => void;
}) {
  return (
    <section aria-labelledby="link-heading" className="mt-6">
      <h2 id="link-heading" className="text-lg font-semibold">
        Account {account.name} isn&apos;t linked to a customer yet
      </h2>
      <p className="mt-1 text-slate-700">
        Quotes are made for a customer. Create it from the account, or link a customer that already exists; its id is
        then written to the account in Salesforce, so every opportunity of the account finds it.
      </p>
      {link.notice ? (
        <p className="mt-2 rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">{link.notice}</p>
      ) : null}
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <CreateFromAccount
          opportunityId={opportunityId}
          account={account}
          proposal={link.proposal}
          onLinked={onLinked}
        />
        <LinkExisting opportunityId={opportunityId} onLinked={onLinked} />
      </div>
    </section>
  );
}
