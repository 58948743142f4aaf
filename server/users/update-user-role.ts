import { and, count, eq, ne } from "drizzle-orm";
import { isUuid } from "@/lib/schemas/primitives";
import type { UpdateUserBody, User } from "@/lib/schemas/user";
import { ApiError } from "@/server/api/api-error";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { users } from "@/server/db/schema/users";
import { toUser } from "@/server/users/to-user";

/** Changes a user's role. The last admin cannot be demoted: someone must always be able to manage roles. */
export async function updateUserRole({
  db,
  actor,
  id,
  body,
}: {
  db: Database;
  actor: Actor;
  id: string;
  body: UpdateUserBody;
}): Promise<User> {
  return db.transaction(async (tx) => {
    const [user] = isUuid(id) ? await tx.select().from(users).where(eq(users.id, id)).for("update") : [];
    if (!user) throw ApiError.notFound("user", id);
    if (user.role === body.role) return toUser(user);
    if (user.role === "admin") {
      const [others] = await tx
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.role, "admin"), ne(users.id, id)));
      if ((others?.n ?? 0) === 0) {
        throw ApiError.conflict("last_admin", `${user.name} is the only admin; make someone else an admin first.`);
      }
    }
    const [updated] = await tx.update(users).set({ role: body.role }).where(eq(users.id, id)).returning();
    if (!updated) throw new Error("update returned no row");
    await recordAudit({
      db: tx,
      actor,
      action: "user.role_changed",
      entityType: "user",
      entityId: id,
      details: { from: user.role, to: body.role },
    });
    return toUser(updated);
  });
}
