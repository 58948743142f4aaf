"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A link in the header's main navigation, marked as the current page where the person is (or below it). */
export function MainNavLink({ href, label }: { href: string; label: string }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      className={`text-blue-800 hover:underline ${current ? "font-semibold underline underline-offset-4" : ""}`}
      href={href}
      aria-current={current ? "page" : undefined}
    >
      {label}
    </Link>
  );
}
