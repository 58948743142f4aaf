import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Sign-in failed" };

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ message?: string }> }) {
  const { message } = await searchParams;
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">Sign-in failed</h1>
      <p role="alert" className="mt-4 rounded border border-red-200 bg-red-50 p-4 text-red-900">
        {message ?? "Signing in with Salesforce failed."}
      </p>
      <p className="mt-6">
        <Link className="font-medium text-blue-700 underline" href="/auth/login">
          Sign in with Salesforce again
        </Link>
      </p>
    </main>
  );
}
