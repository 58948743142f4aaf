import { eq } from "drizzle-orm";
import type { Product } from "@/lib/schemas/product";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getProductOrThrow } from "@/server/catalog/get-product-or-throw";
import { toProduct } from "@/server/catalog/to-product";
import type { Database } from "@/server/db/database";
import { products } from "@/server/db/schema/catalog";

/** Archiving hides the product from the catalog; quotes that already use it keep their copy. Idempotent. */
export async function archiveProduct({
  db,
  actor,
  id,
}: {
  db: Database;
  actor: Actor | undefined;
  id: string;
}): Promise<Product> {
  return db.transaction(async (tx) => {
    const existing = await getProductOrThrow({ db: tx, id });
    if (existing.archivedAt) return toProduct(existing);
    const [row] = await tx.update(products).set({ archivedAt: new Date() }).where(eq(products.id, id)).returning();
    if (!row) throw new Error("update returned no row");
    await recordAudit({ db: tx, actor, action: "product.archived", entityType: "product", entityId: id });
    return toProduct(row);
  });
}
