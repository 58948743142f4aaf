import "server-only";
import { redirect } from "next/navigation";
import type { UserRole } from "@/lib/schemas/user";
import { getCurrentUser, type CurrentUser } from "@/server/auth/get-current-user";

/**
 * For pages: the signed-in user, or a redirect to sign in (and back to `returnTo`). With `roles`, a
 * user without one of them is sent to a page that says so.
 */
export async function requireUser({ returnTo, roles }: { returnTo: string; roles?: UserRole[] }): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  if (roles && !roles.includes(user.role)) redirect(`/forbidden?need=${roles.join(",")}`);
  return user;
}
