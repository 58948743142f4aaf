"use client";

import { useRouter } from "next/navigation";
import { useCreateQuote } from "@/lib/api/quotes";
import type { LaunchCustomer, LaunchOpportunity } from "@/lib/schemas/launch";
import { currencySchema, isoDateSchema } from "@/lib/schemas/primitives";

/**
 * Starts a draft from the opportunity: the linked customer, the opportunity's currency, its close
 * date as the billing start, its name as the title, and its id, then opens the draft in the builder.
 */
export function NewQuoteButton({
  opportunity,
  customer,
}: {
  opportunity: LaunchOpportunity;
  customer: LaunchCustomer;
}) {
  const create = useCreateQuote();
  const router = useRouter();
  const currency = currencySchema.safeParse(opportunity.currency);
  const startDate = isoDateSchema.safeParse(opportunity.closeDate);
  const start = () =>
    create.mutate(
      {
        customerId: customer.id,
        title: opportunity.name.slice(0, 255),
        // Without the opportunity's currency (one we do not know), the draft takes the customer's.
        ...(currency.success ? { currency: currency.data } : {}),
        ...(startDate.success ? { preliminaryBillingStartDate: startDate.data } : {}),
        salesforceOpportunityId: opportunity.id,
      },
      { onSuccess: (quote) => router.push(`/quotes/${quote.id}`) },
    );
  const busy = create.isPending || create.isSuccess;
  return (
    <div className="flex flex-col items-end">
      <button
        type="button"
        onClick={start}
        disabled={busy || customer.archived}
        aria-busy={busy}
        className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {create.isPending ? "Creating the draft…" : create.isSuccess ? "Opening the draft…" : "New quote"}
      </button>
      {create.isError ? (
        <p role="alert" className="mt-2 max-w-md text-sm text-red-800">
          The draft was not created: {create.error.message}
        </p>
      ) : null}
    </div>
  );
}
