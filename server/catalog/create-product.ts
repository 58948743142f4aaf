import type { CreateProductBody, Product } from "@/lib/schemas/product";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { toProduct } from "@/server/catalog/to-product";
import type { Database } from "@/server/db/database";
import { products } from "@/server/db/schema/catalog";

export async function createProduct({
  db,
  actor,
  body,
}: {
  db: Database;
  actor: Actor | undefined;
  body: CreateProductBody;
}): Promise<Product> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(products)
      .values({ name: body.name, label: body.label ?? null, taxCategoryId: body.taxCategoryId ?? null })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit({ db: tx, actor, action: "product.created", entityType: "product", entityId: row.id });
    return toProduct(row);
  });
}
