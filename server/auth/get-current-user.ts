import "server-only";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { readSession } from "@/server/auth/read-session";
import { getDatabase } from "@/server/db/get-database";
import { users } from "@/server/db/schema/users";

export type CurrentUser = Pick<
  typeof users.$inferSelect,
  "id" | "name" | "username" | "email" | "role" | "salesforceUserId" | "salesforceOrgId"
>;

/** The signed-in user of the current page request, or null. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await readSession(await headers());
  if (!session) return null;
  const db = await getDatabase();
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      username: users.username,
      email: users.email,
      role: users.role,
      salesforceUserId: users.salesforceUserId,
      salesforceOrgId: users.salesforceOrgId,
    })
    .from(users)
    .where(eq(users.id, session.userId))
    .limit(1);
  return user ?? null;
}
