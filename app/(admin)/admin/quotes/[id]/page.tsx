import type { Metadata } from "next";
import { QuoteLifecycleView } from "@/app/(admin)/admin/quotes/[id]/_components/quote-lifecycle-view";
import { AppHeader } from "@/components/app-header";
import { requireUser } from "@/server/auth/require-user";

export const metadata: Metadata = { title: "Quote status" };
export const dynamic = "force-dynamic";

/** An admin's view of one quote's lifecycle and Salesforce state (reached from the sync page). */
export default async function AdminQuotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser({ returnTo: `/admin/quotes/${id}`, roles: ["admin"] });
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-4xl px-6 py-8">
        <QuoteLifecycleView id={id} viewerRole={user.role} />
      </main>
    </>
  );
}
