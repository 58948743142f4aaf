import type { Metadata } from "next";
import { SyncStatesTable } from "@/app/(admin)/admin/sync/_components/sync-states-table";
import { AppHeader } from "@/components/app-header";
import { requireUser } from "@/server/auth/require-user";

export const metadata: Metadata = { title: "Salesforce sync" };
export const dynamic = "force-dynamic";

export default async function SyncAdminPage() {
  const user = await requireUser({ returnTo: "/admin/sync", roles: ["admin"] });
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <h1 className="text-2xl font-semibold">Salesforce sync</h1>
        <p className="mt-2 text-slate-700">
          Quotes whose latest state has not reached Salesforce, and why. Passing problems (a locked record, Salesforce
          briefly unavailable) are retried automatically; the rest wait until the cause is fixed and you retry.
        </p>
        <SyncStatesTable />
      </main>
    </>
  );
}
