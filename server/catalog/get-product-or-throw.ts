import { eq } from "drizzle-orm";
import { isUuid } from "@/lib/schemas/primitives";
import { ApiError } from "@/server/api/api-error";
import type { Database } from "@/server/db/database";
import { products } from "@/server/db/schema/catalog";

export async function getProductOrThrow({
  db,
  id,
}: {
  db: Database;
  id: string;
}): Promise<typeof products.$inferSelect> {
  const [row] = isUuid(id) ? await db.select().from(products).where(eq(products.id, id)).limit(1) : [];
  if (!row) throw ApiError.notFound("product", id);
  return row;
}
