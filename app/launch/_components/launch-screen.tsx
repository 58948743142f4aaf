"use client";

import { LaunchContent } from "@/app/launch/_components/launch-content";
import { LaunchError, type SignIn } from "@/app/launch/_components/launch-error";
import { useLaunchView } from "@/lib/api/launch";

/** The launch view: the opportunity as Salesforce shows it to the rep, and what to do next. */
export function LaunchScreen({ opportunityId, signIn }: { opportunityId: string; signIn: SignIn | null }) {
  const view = useLaunchView(opportunityId);
  if (view.isPending) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Opening the opportunity</h1>
        <p role="status" className="mt-4 text-slate-700">
          Reading the opportunity and its account from Salesforce…
        </p>
      </>
    );
  }
  if (view.isError) return <LaunchError error={view.error} signIn={signIn} onRetry={() => void view.refetch()} />;
  return <LaunchContent view={view.data} />;
}
