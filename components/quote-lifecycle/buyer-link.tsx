"use client";

import { useId, useState } from "react";
import type { Quote } from "@/lib/schemas/quote";

/** The link to send the customer, with a copy button; nothing until the quote is published. */
export function BuyerLink({ quote }: { quote: Quote }) {
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  if (!quote.buyerUrl) return null;
  const url = quote.buyerUrl;
  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setCopied("yes"),
      () => setCopied("failed"),
    );
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        Customer link
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          readOnly
          value={url}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          onClick={copy}
          className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50"
        >
          Copy link
        </button>
        <a
          href={url}
          target="_blank"
          rel="noreferrer"
          className="rounded border border-slate-300 bg-white px-3 py-1 text-sm text-blue-800 hover:bg-slate-50"
        >
          Open<span className="sr-only"> the customer&apos;s view (new tab)</span>
        </a>
      </div>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-slate-600">
        {copied === "yes"
          ? "Copied. Anyone with this link can read the quote; send it only to the customer."
          : copied === "failed"
            ? "The browser did not allow copying; select the link and copy it yourself."
            : null}
      </p>
    </div>
  );
}
