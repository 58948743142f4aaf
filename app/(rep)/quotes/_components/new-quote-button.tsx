"use client";

import { useRouter } from "next/navigation";
import { useCreateQuote } from "@/lib/api/quotes";

/** Starts a blank draft (`POST /api/quotes`) and opens it in the builder. */
export function NewQuoteButton() {
  const create = useCreateQuote();
  const router = useRouter();
  return (
    <div>
      <button
        type="button"
        disabled={create.isPending}
        className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
        onClick={() => create.mutate({}, { onSuccess: (quote) => router.push(`/quotes/${quote.id}`) })}
      >
        {create.isPending ? "Creating…" : "New blank quote"}
      </button>
      {create.isError ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          The quote was not created: {create.error.message}
        </p>
      ) : null}
    </div>
  );
}
