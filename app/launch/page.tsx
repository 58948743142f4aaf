import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { LaunchScreen } from "@/app/launch/_components/launch-screen";
import { AppHeader } from "@/components/app-header";
import { opportunityIdSchema } from "@/lib/schemas/launch";
import { getCurrentUser, type CurrentUser } from "@/server/auth/get-current-user";

export const metadata: Metadata = { title: "Create a quote" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function Page({ user, children }: { user: CurrentUser | null; children: ReactNode }) {
  return (
    <>
      {/* Without a user the page was opened by Canvas on its header session: no sign-in link to offer. */}
      {user ? <AppHeader user={user} /> : null}
      <main className="mx-auto max-w-5xl px-6 py-6">{children}</main>
    </>
  );
}

/**
 * Where the Create Sequence Quote button lands (`/launch?opportunityId=…`). The page checks the id and
 * the sign-in; the launch view itself is a client island that reads everything through the API, so it
 * also works where only the Canvas session header authenticates (`via=canvas`).
 */
export default async function LaunchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const opportunityId = opportunityIdSchema.safeParse(first(params.opportunityId));
  const canvas = first(params.via) === "canvas";
  const user = await getCurrentUser();
  if (!opportunityId.success) {
    return (
      <Page user={user}>
        <h1 className="text-2xl font-semibold">This link doesn&apos;t name an opportunity</h1>
        <p role="alert" className="mt-4 rounded border border-red-200 bg-red-50 p-4 text-red-900">
          The opportunity id {opportunityId.error.issues[0]?.message ?? "is not valid"}.
        </p>
        <p className="mt-4 text-slate-700">
          Open an opportunity in Salesforce and click <strong>Create Sequence Quote</strong>. If the button keeps
          leading here, ask your Salesforce admin to check its URL: it must end in{" "}
          <code className="font-mono text-sm">/launch?opportunityId={"{!Opportunity.Id}"}</code>.
        </p>
      </Page>
    );
  }
  const back = `/launch?opportunityId=${opportunityId.data}`;
  if (!user && !canvas) redirect(`/auth/login?returnTo=${encodeURIComponent(back)}`);
  // After one automatic trip to sign in again, the page offers the link instead of looping.
  const reauthenticated = first(params.reauth) === "1";
  return (
    <Page user={user}>
      <LaunchScreen
        opportunityId={opportunityId.data}
        signIn={
          canvas
            ? null
            : { href: `/auth/login?returnTo=${encodeURIComponent(`${back}&reauth=1`)}`, automatic: !reauthenticated }
        }
      />
    </Page>
  );
}
