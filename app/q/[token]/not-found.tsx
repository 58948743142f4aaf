import type { Metadata } from "next";

export const metadata: Metadata = { title: "Quote not found", robots: { index: false, follow: false } };

/** What a customer sees for a link that names no quote (mistyped, cut short): their own page, not a bare 404. */
export default function BuyerQuoteNotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16 sm:px-8">
      <div className="rounded-lg border border-slate-200 bg-white px-6 py-8 shadow-sm sm:px-10">
        <h1 className="text-2xl font-semibold text-slate-900">We can't find this quote</h1>
        <p className="mt-3 text-slate-700">
          The link may be incomplete: check that you opened the whole address from the email you received. If it still
          doesn't open, ask the person who sent it to you for a new link.
        </p>
      </div>
    </main>
  );
}
