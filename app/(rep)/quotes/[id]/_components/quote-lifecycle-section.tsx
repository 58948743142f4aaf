"use client";

import { useRouter } from "next/navigation";
import { BuyerLink } from "@/components/quote-lifecycle/buyer-link";
import { QuoteLifecycleActions } from "@/components/quote-lifecycle/quote-lifecycle-actions";
import { QuoteSyncStatus } from "@/components/quote-lifecycle/quote-sync-status";
import type { Quote } from "@/lib/schemas/quote";
import type { UserRole } from "@/lib/schemas/user";

/** Under the toolbar: the customer's link, the quote's state in Salesforce, and the other lifecycle steps. */
export function QuoteLifecycleSection({
  quote,
  viewerRole,
  waitingForSave,
}: {
  quote: Quote;
  viewerRole: UserRole | undefined;
  waitingForSave: boolean;
}) {
  const router = useRouter();
  return (
    <section
      aria-label="Publishing and Salesforce"
      className="mb-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <BuyerLink quote={quote} />
      <QuoteSyncStatus quote={quote} canRetry={viewerRole === "admin"} />
      <QuoteLifecycleActions
        quote={quote}
        waitingForSave={waitingForSave}
        onDuplicated={(copy) => router.push(`/quotes/${copy.id}`)}
      />
    </section>
  );
}
