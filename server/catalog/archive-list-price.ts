import { eq } from "drizzle-orm";
import type { ListPrice } from "@/lib/schemas/list-price";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getListPriceOrThrow } from "@/server/catalog/get-list-price-or-throw";
import { toListPrice } from "@/server/catalog/to-list-price";
import type { Database } from "@/server/db/database";
import { listPrices } from "@/server/db/schema/catalog";

/** Archived list prices leave the catalog; quote lines made from them keep their copy. Idempotent. */
export async function archiveListPrice({
  db,
  actor,
  id,
}: {
  db: Database;
  actor: Actor | undefined;
  id: string;
}): Promise<ListPrice> {
  return db.transaction(async (tx) => {
    const existing = await getListPriceOrThrow({ db: tx, id });
    if (existing.archivedAt) return toListPrice(existing);
    const [row] = await tx.update(listPrices).set({ archivedAt: new Date() }).where(eq(listPrices.id, id)).returning();
    if (!row) throw new Error("update returned no row");
    await recordAudit({ db: tx, actor, action: "list_price.archived", entityType: "list_price", entityId: id });
    return toListPrice(row);
  });
}
