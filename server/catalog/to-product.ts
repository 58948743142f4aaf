import type { Product } from "@/lib/schemas/product";
import type { products } from "@/server/db/schema/catalog";

export function toProduct(row: typeof products.$inferSelect): Product {
  return {
    id: row.id,
    name: row.name,
    ...(row.label !== null ? { label: row.label } : {}),
    ...(row.taxCategoryId !== null ? { taxCategoryId: row.taxCategoryId } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.archivedAt ? { archivedAt: row.archivedAt.toISOString() } : {}),
  };
}
