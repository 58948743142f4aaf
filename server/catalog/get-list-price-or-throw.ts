import { eq } from "drizzle-orm";
import { isUuid } from "@/lib/schemas/primitives";
import { ApiError } from "@/server/api/api-error";
import type { Database } from "@/server/db/database";
import { listPrices } from "@/server/db/schema/catalog";

export async function getListPriceOrThrow({
  db,
  id,
}: {
  db: Database;
  id: string;
}): Promise<typeof listPrices.$inferSelect> {
  const [row] = isUuid(id) ? await db.select().from(listPrices).where(eq(listPrices.id, id)).limit(1) : [];
  if (!row) throw ApiError.notFound("list price", id);
  return row;
}
