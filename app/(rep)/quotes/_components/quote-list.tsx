"use client";

import { ApiRequestError } from "@/lib/api/api-request-error";
import { useCustomersById } from "@/lib/api/customers";
import { useQuotePages } from "@/lib/api/quotes";
import { NewQuoteButton } from "./new-quote-button";
import { QuoteListTable } from "./quote-list-table";

const filters = { limit: "25" };

/** The quotes the API shows this user (a rep their own; approvers and admins all), newest first, a page at a time. */
export function QuoteList() {
  const quotes = useQuotePages(filters);
  const items = quotes.data?.pages.flatMap((page) => page.items) ?? [];
  const customers = useCustomersById(items.flatMap((item) => (item.customerId ? [item.customerId] : [])));
  const customerNames = new Map(
    customers.flatMap((customer) => (customer.data ? [[customer.data.id, customer.data.legalName]] : [])),
  );

  const heading = (
    <div className="flex items-center justify-between">
      <h1 className="text-2xl font-semibold">Quotes</h1>
      {items.length > 0 ? <NewQuoteButton /> : null}
    </div>
  );
  if (quotes.isPending) {
    return (
      <>
        {heading}
        <p role="status" className="mt-6 text-slate-700">
          Loading your quotes…
        </p>
      </>
    );
  }
  if (quotes.isError) {
    const signedOut = quotes.error instanceof ApiRequestError && quotes.error.status === 401;
    return (
      <>
        {heading}
        <div role="alert" className="mt-6 rounded border border-red-200 bg-red-50 p-4 text-red-900">
          {signedOut ? (
            <p>
              Sign in to see your quotes.{" "}
              <a className="font-medium underline" href="/auth/login?returnTo=%2Fquotes">
                Sign in with Salesforce
              </a>
            </p>
          ) : (
            <p>Your quotes could not be loaded: {quotes.error.message}</p>
          )}
        </div>
      </>
    );
  }
  if (items.length === 0) {
    return (
      <>
        {heading}
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8">
          <h2 className="text-lg font-semibold">No quotes yet</h2>
          <p className="mt-2 max-w-prose text-slate-700">
            Quotes usually start in Salesforce: open an opportunity and click <strong>Create Sequence Quote</strong>.
            The quote opens here with the customer and the opportunity filled in. You can also start a blank one and
            choose the customer yourself.
          </p>
          <div className="mt-4">
            <NewQuoteButton />
          </div>
        </div>
      </>
    );
  }
  return (
    <>
      {heading}
      <QuoteListTable items={items} customerNames={customerNames} />
      {quotes.hasNextPage ? (
        <button
          type="button"
          className="mt-4 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
          disabled={quotes.isFetchingNextPage}
          onClick={() => void quotes.fetchNextPage()}
        >
          {quotes.isFetchingNextPage ? "Loading…" : "Show more quotes"}
        </button>
      ) : null}
    </>
  );
}
