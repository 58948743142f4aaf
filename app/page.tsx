import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { getCurrentUser } from "@/server/auth/get-current-user";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await getCurrentUser();
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-3xl px-6 py-16">
        <h1 className="text-3xl font-semibold">Sequence CPQ</h1>
        <p className="mt-4 text-lg text-slate-700">
          Build quotes from a Salesforce opportunity as phases of prices, minimums and discounts, publish them, and see
          them written back to Salesforce.
        </p>
        <p className="mt-6 text-slate-700">
          Start from an opportunity in Salesforce with the <strong>Create Sequence Quote</strong> button
          {user ? (
            <>
              , or open{" "}
              <Link className="font-medium text-blue-700 underline" href="/quotes">
                your quotes
              </Link>
              .
            </>
          ) : (
            <>
              , or{" "}
              <Link className="font-medium text-blue-700 underline" href="/auth/login">
                sign in with Salesforce
              </Link>
              .
            </>
          )}
        </p>
        <p className="mt-4">
          <Link className="font-medium text-blue-700 underline" href="/catalog">
            Price catalog
          </Link>
        </p>
      </main>
    </>
  );
}
