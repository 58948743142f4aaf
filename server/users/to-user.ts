import type { User } from "@/lib/schemas/user";
import type { users } from "@/server/db/schema/users";

export function toUser(row: typeof users.$inferSelect): User {
  return {
    id: row.id,
    name: row.name,
    username: row.username,
    ...(row.email ? { email: row.email } : {}),
    role: row.role,
    salesforceUserId: row.salesforceUserId,
    createdAt: row.createdAt.toISOString(),
    ...(row.lastSignedInAt ? { lastSignedInAt: row.lastSignedInAt.toISOString() } : {}),
  };
}
