import { asc } from "drizzle-orm";
import type { User } from "@/lib/schemas/user";
import type { Database } from "@/server/db/database";
import { users } from "@/server/db/schema/users";
import { toUser } from "@/server/users/to-user";

/** Everyone who has signed in, by name (a workspace has tens of users, not thousands: no paging needed). */
export async function listUsers({ db }: { db: Database }): Promise<{ items: User[] }> {
  const rows = await db.select().from(users).orderBy(asc(users.name));
  return { items: rows.map(toUser) };
}
