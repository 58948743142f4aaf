import type { Metadata } from "next";
import { QuoteBuilder } from "@/app/(rep)/quotes/[id]/_components/quote-builder";
import { AppHeader } from "@/components/app-header";
import { getCurrentUser } from "@/server/auth/get-current-user";

export const metadata: Metadata = { title: "Quote builder" };
export const dynamic = "force-dynamic";

/**
 * The quote builder. It does not require the session cookie: inside a Salesforce iframe the browser
 * may block it, and the island then authenticates its API calls with the `x-cpq-session` header.
 * The header bar shows who is signed in when the cookie tells; the builder itself asks when needed.
 */
export default async function QuotePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, getCurrentUser()]);
  return (
    <>
      {user ? <AppHeader user={user} /> : null}
      <main className="px-4 pb-8">
        <QuoteBuilder quoteId={id} {...(user ? { viewerRole: user.role } : {})} />
      </main>
    </>
  );
}
