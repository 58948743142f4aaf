import type { QuoteStatus } from "@/lib/schemas/quote";

const labels: Record<QuoteStatus, { text: string; tone: string }> = {
  DRAFT: { text: "Draft", tone: "bg-slate-100 text-slate-800 ring-slate-300" },
  PUBLISHED: { text: "Published", tone: "bg-blue-50 text-blue-900 ring-blue-200" },
  READY_TO_SIGN: { text: "Ready to sign", tone: "bg-violet-50 text-violet-900 ring-violet-200" },
  ACCEPTED: { text: "Accepted", tone: "bg-green-50 text-green-900 ring-green-200" },
  EXECUTED: { text: "Executed", tone: "bg-green-100 text-green-900 ring-green-300" },
};

/** A quote's lifecycle status, read-only (the lifecycle actions change it). */
export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const { text, tone } = labels[status];
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}>
      {text}
    </span>
  );
}
