import type { Metadata } from "next";
import { SalesforceConnectionPanel } from "@/app/(admin)/admin/salesforce/_components/salesforce-connection-panel";
import { AppHeader } from "@/components/app-header";
import { requireUser } from "@/server/auth/require-user";

export const metadata: Metadata = { title: "Salesforce" };
export const dynamic = "force-dynamic";

export default async function SalesforceAdminPage() {
  const user = await requireUser({ returnTo: "/admin/salesforce", roles: ["admin"] });
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-4xl px-6 py-8">
        <h1 className="text-2xl font-semibold">Salesforce</h1>
        <p className="mt-2 text-slate-700">
          The org published quotes are written to, and the user they are written as. Quotes are filed under their
          opportunity and account and owned by the opportunity&apos;s owner.
        </p>
        <SalesforceConnectionPanel />
      </main>
    </>
  );
}
