import type { Metadata } from "next";
import { QuoteList } from "@/app/(rep)/quotes/_components/quote-list";
import { AppHeader } from "@/components/app-header";
import { getCurrentUser } from "@/server/auth/get-current-user";

export const metadata: Metadata = { title: "Quotes" };
export const dynamic = "force-dynamic";

/** The signed-in rep's quotes. Loaded by the island through the API, so it also works inside Salesforce. */
export default async function QuotesPage() {
  const user = await getCurrentUser();
  return (
    <>
      {user ? <AppHeader user={user} /> : null}
      <main className="mx-auto max-w-6xl px-6 py-8">
        <QuoteList />
      </main>
    </>
  );
}
