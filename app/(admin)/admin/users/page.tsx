import type { Metadata } from "next";
import { UsersTable } from "@/app/(admin)/admin/users/_components/users-table";
import { AppHeader } from "@/components/app-header";
import { requireUser } from "@/server/auth/require-user";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const user = await requireUser({ returnTo: "/admin/users", roles: ["admin"] });
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-5xl px-6 py-8">
        <h1 className="text-2xl font-semibold">Users</h1>
        <p className="mt-2 text-slate-700">
          Everyone who has signed in with Salesforce. Reps build quotes, approvers review them, admins manage the
          catalog, the Salesforce connection and roles.
        </p>
        <UsersTable currentUserId={user.id} />
      </main>
    </>
  );
}
