import type { Metadata } from "next";
import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { getCurrentUser } from "@/server/auth/get-current-user";

export const metadata: Metadata = { title: "Not allowed" };
export const dynamic = "force-dynamic";

const roleNames: Record<string, string> = { rep: "sales rep", approver: "approver", admin: "admin" };

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<{ need?: string }> }) {
  const { need } = await searchParams;
  const roles = (need ?? "").split(",").filter((role) => role in roleNames);
  const user = await getCurrentUser();
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-xl px-6 py-16">
        <h1 className="text-2xl font-semibold">You don&apos;t have access to this page</h1>
        <p className="mt-4 text-slate-700">
          {roles.length > 0
            ? `It is for users with the ${roles.map((role) => roleNames[role]).join(" or ")} role.`
            : "Your role does not include it."}{" "}
          An admin can change roles under Admin → Users.
        </p>
        <p className="mt-6">
          <Link className="font-medium text-blue-700 underline" href="/">
            Back to the start page
          </Link>
        </p>
      </main>
    </>
  );
}
