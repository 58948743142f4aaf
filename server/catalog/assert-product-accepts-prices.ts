import { eq } from "drizzle-orm";
import { isUuid } from "@/lib/schemas/primitives";
import { ApiError } from "@/server/api/api-error";
import type { Database } from "@/server/db/database";
import { products } from "@/server/db/schema/catalog";

/** A list price must belong to a product that exists and is not archived; otherwise a 400 at `productId`. */
export async function assertProductAcceptsPrices({
  db,
  productId,
}: {
  db: Database;
  productId: string;
}): Promise<void> {
  const [product] = isUuid(productId)
    ? await db.select().from(products).where(eq(products.id, productId)).limit(1)
    : [];
  if (!product) {
    throw ApiError.validation([
      { path: "productId", message: `names no product; create the product first (POST /api/products)` },
    ]);
  }
  if (product.archivedAt) {
    throw ApiError.validation([
      {
        path: "productId",
        message: `names the archived product "${product.name}"; archived products take no new prices`,
      },
    ]);
  }
}
