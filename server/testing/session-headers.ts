import { sealData } from "iron-session";
import { csrfHeader } from "@/lib/api/csrf-header";
import { SESSION_COOKIE } from "@/server/auth/session-options";
import type { Database } from "@/server/db/database";
import { users } from "@/server/db/schema/users";
import type { UserRole } from "@/lib/schemas/user";

/**
 * A signed-in browser's headers for a new user with this role: the sealed session cookie (sealed
 * with the test key vitest.config.ts sets) and the UI's CSRF header.
 */
export async function sessionHeaders(db: Database, role: UserRole): Promise<Record<string, string>> {
  const salesforceUserId = `005${Math.random().toString(36).slice(2, 14).padEnd(12, "0")}`;
  const [user] = await db
    .insert(users)
    .values({
      salesforceUserId,
      salesforceOrgId: "00D000000000001AAA",
      username: `${salesforceUserId}@x.test`,
      name: role,
      role,
    })
    .returning();
  const sealed = await sealData(
    { userId: user!.id, salesforceUserId, salesforceOrgId: "00D000000000001AAA", signedInAt: new Date().toISOString() },
    { password: "test-session-secret-0123456789abcdefghijklmnop", ttl: 3600 },
  );
  return { cookie: `${SESSION_COOKIE}=${sealed}`, [csrfHeader.name]: csrfHeader.value };
}
