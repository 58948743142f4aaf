import Link from "next/link";

/** Why the quote did not open, and the way forward: sign in, ask its owner, or try again. */
export function QuoteLoadProblem({
  quoteId,
  status,
  message,
  onRetry,
}: {
  quoteId: string;
  status: number;
  message: string;
  onRetry: () => void;
}) {
  const box = "mx-auto mt-10 max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-6";
  if (status === 401) {
    return (
      <div className={box}>
        <h1 className="text-xl font-semibold">Sign in to open this quote</h1>
        <p className="text-slate-700">Your session has ended, or you have not signed in from this browser yet.</p>
        <a
          className="inline-block rounded bg-blue-700 px-3 py-1.5 font-medium text-white"
          href={`/auth/login?returnTo=${encodeURIComponent(`/quotes/${quoteId}`)}`}
        >
          Sign in with Salesforce
        </a>
      </div>
    );
  }
  const title =
    status === 404
      ? "This quote does not exist"
      : status === 403
        ? "This quote is not yours"
        : "The quote did not open";
  return (
    <div className={box}>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p role="alert" className="text-slate-700">
        {message}
      </p>
      <div className="flex gap-3">
        {status === 404 || status === 403 ? null : (
          <button type="button" onClick={onRetry} className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white">
            Try again
          </button>
        )}
        <Link href="/quotes" className="py-1.5 text-blue-800 underline">
          Back to your quotes
        </Link>
      </div>
    </div>
  );
}
