import type { Quote } from "@/lib/schemas/quote";

const tones = {
  neutral: "border-slate-300 bg-slate-100 text-slate-800",
  info: "border-blue-300 bg-blue-50 text-blue-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  success: "border-green-300 bg-green-50 text-green-900",
};

type BadgeQuote = Pick<Quote, "status" | "isExpired"> & Partial<Pick<Quote, "archivedAt" | "hasUnpublishedChanges">>;

/**
 * Where the quote is in its life, in a word or two: the status plus what matters about it (archived,
 * expired, changes not yet published). Read-only; the lifecycle actions change it.
 */
export function QuoteStatusBadge({ quote }: { quote: BadgeQuote }) {
  const [label, tone] = quote.archivedAt
    ? (["Archived", tones.neutral] as const)
    : quote.status === "EXECUTED"
      ? (["Executed", tones.success] as const)
      : quote.status === "ACCEPTED"
        ? (["Accepted", tones.success] as const)
        : quote.status === "READY_TO_SIGN"
          ? (["Ready to sign", tones.info] as const)
          : quote.status === "DRAFT"
            ? (["Draft", tones.neutral] as const)
            : quote.isExpired
              ? (["Expired", tones.warning] as const)
              : quote.hasUnpublishedChanges
                ? (["Published · unpublished changes", tones.warning] as const)
                : (["Published", tones.info] as const);
  return (
    <span className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-medium ${tone}`}>
      <span className="sr-only">Status: </span>
      {label}
    </span>
  );
}
