import Link from "next/link";
import { MainNavLink } from "@/components/main-nav-link";
import type { UserRole } from "@/lib/schemas/user";

type HeaderUser = { name: string; role: UserRole };

/** The bar on every page: the main destinations, who is signed in and a way out (or in). */
export function AppHeader({ user }: { user: HeaderUser | null }) {
  const links = [
    // A rep's list holds only their own quotes; approvers and admins see everyone's.
    ...(user ? [{ href: "/quotes", label: user.role === "rep" ? "My quotes" : "Quotes" }] : []),
    { href: "/catalog", label: "Catalog" },
    ...(user?.role === "admin"
      ? [
          { href: "/admin/users", label: "Users" },
          { href: "/admin/salesforce", label: "Salesforce" },
          { href: "/admin/sync", label: "Sync" },
        ]
      : []),
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-6 px-6 py-3">
        <Link href="/" className="font-semibold text-slate-900">
          Sequence CPQ
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-4 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <MainNavLink href={link.href} label={link.label} />
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <span>
                {user.name} <span className="text-slate-500">· {user.role}</span>
              </span>
              <form action="/auth/logout" method="post">
                <button type="submit" className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50">
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <Link className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50" href="/auth/login">
              Sign in with Salesforce
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
