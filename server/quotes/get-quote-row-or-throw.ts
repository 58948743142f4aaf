import { eq } from "drizzle-orm";
import { isUuid } from "@/lib/schemas/primitives";
import { ApiError } from "@/server/api/api-error";
import type { Actor } from "@/server/auth/actor";
import type { Database } from "@/server/db/database";
import { quotes } from "@/server/db/schema/quotes";
import { assertQuoteAccess } from "@/server/quotes/assert-quote-access";

/** The quote row, checked for the actor's access; `forUpdate` locks it for the rest of the transaction. */
export async function getQuoteRowOrThrow({
  db,
  actor,
  id,
  action,
  forUpdate = false,
}: {
  db: Database;
  actor: Actor;
  id: string;
  action: "read" | "edit";
  forUpdate?: boolean;
}): Promise<typeof quotes.$inferSelect> {
  if (!isUuid(id)) throw ApiError.notFound("quote", id);
  const query = db.select().from(quotes).where(eq(quotes.id, id)).limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) throw ApiError.notFound("quote", id);
  assertQuoteAccess({ actor, quote: row, action });
  return row;
}
