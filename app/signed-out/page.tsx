import type { Metadata } from "next";
import Link from "next/link";
import { ForgetSessionToken } from "@/app/signed-out/_components/forget-session-token";

export const metadata: Metadata = { title: "Signed out" };

export default function SignedOutPage() {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <ForgetSessionToken />
      <h1 className="text-2xl font-semibold">You are signed out</h1>
      <p className="mt-4 text-slate-700">Open a quote again from an opportunity in Salesforce, or sign in here.</p>
      <p className="mt-6">
        <Link className="font-medium text-blue-700 underline" href="/auth/login">
          Sign in with Salesforce
        </Link>
      </p>
    </main>
  );
}
