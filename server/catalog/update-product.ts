import { eq } from "drizzle-orm";
import type { Product, UpdateProductBody } from "@/lib/schemas/product";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getProductOrThrow } from "@/server/catalog/get-product-or-throw";
import { toProduct } from "@/server/catalog/to-product";
import type { Database } from "@/server/db/database";
import { products } from "@/server/db/schema/catalog";

/** PUT semantics, as in Sequence: the body replaces the product's editable fields. */
export async function updateProduct({
  db,
  actor,
  id,
  body,
}: {
  db: Database;
  actor: Actor | undefined;
  id: string;
  body: UpdateProductBody;
}): Promise<Product> {
  return db.transaction(async (tx) => {
    await getProductOrThrow({ db: tx, id });
    const [row] = await tx
      .update(products)
      .set({ name: body.name, label: body.label ?? null, taxCategoryId: body.taxCategoryId ?? null })
      .where(eq(products.id, id))
      .returning();
    if (!row) throw new Error("update returned no row");
    await recordAudit({ db: tx, actor, action: "product.updated", entityType: "product", entityId: id });
    return toProduct(row);
  });
}
