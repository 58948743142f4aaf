"use client";

import { useEffect } from "react";
import { ApiRequestError } from "@/lib/api/api-request-error";

export type SignIn = { href: string; automatic: boolean };

const titles: Record<string, string> = {
  opportunity_not_visible: "Salesforce doesn't let you see this opportunity",
  account_not_visible: "Salesforce doesn't let you see this opportunity's account",
  salesforce_api_limit: "Salesforce's API allowance is used up",
  salesforce_unreachable: "Salesforce can't be reached",
  salesforce_not_set_up: "Salesforce isn't set up for Sequence CPQ",
};

/** Why the launch view could not be shown, and what to do about it. */
export function LaunchError({ error, signIn, onRetry }: { error: Error; signIn: SignIn | null; onRetry: () => void }) {
  const signedOut = error instanceof ApiRequestError && error.status === 401;
  const goSignIn = signedOut && signIn?.automatic ? signIn.href : null;
  useEffect(() => {
    if (goSignIn) window.location.assign(goSignIn);
  }, [goSignIn]);

  if (goSignIn) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Signing you in with Salesforce</h1>
        <p role="status" className="mt-4 text-slate-700">
          {error.message} Taking you to Salesforce…
        </p>
      </>
    );
  }
  if (signedOut) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Sign in with Salesforce again</h1>
        <p role="alert" className="mt-4 rounded border border-amber-200 bg-amber-50 p-4 text-amber-950">
          {error.message}
        </p>
        <p className="mt-4">
          {signIn ? (
            <a className="font-medium text-blue-800 underline" href={signIn.href}>
              Sign in with Salesforce
            </a>
          ) : (
            "Reload the page in Salesforce to sign in again."
          )}
        </p>
      </>
    );
  }
  const code = error instanceof ApiRequestError ? error.code : "";
  const known = titles[code];
  return (
    <>
      <h1 className="text-2xl font-semibold">{known ?? "The opportunity could not be opened"}</h1>
      <p role="alert" className="mt-4 rounded border border-red-200 bg-red-50 p-4 text-red-900">
        {error.message}
      </p>
      {code === "opportunity_not_visible" || code === "account_not_visible" ? (
        <p className="mt-4 text-slate-700">
          Go back to Salesforce to choose another opportunity, or open this one again once it has been shared with you.
        </p>
      ) : (
        <button
          type="button"
          onClick={onRetry}
          className="mt-4 rounded border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50"
        >
          Try again
        </button>
      )}
    </>
  );
}
