import { eq } from "drizzle-orm";
import type { ListPrice, UpdateListPriceBody } from "@/lib/schemas/list-price";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertProductAcceptsPrices } from "@/server/catalog/assert-product-accepts-prices";
import { getListPriceOrThrow } from "@/server/catalog/get-list-price-or-throw";
import { toListPrice } from "@/server/catalog/to-list-price";
import type { Database } from "@/server/db/database";
import { listPrices } from "@/server/db/schema/catalog";

/**
 * PUT replaces the list price. Quotes copied the structure when the price was added, so changing the
 * catalog never changes a quote already built.
 */
export async function updateListPrice({
  db,
  actor,
  id,
  body,
}: {
  db: Database;
  actor: Actor | undefined;
  id: string;
  body: UpdateListPriceBody;
}): Promise<ListPrice> {
  return db.transaction(async (tx) => {
    const existing = await getListPriceOrThrow({ db: tx, id });
    if (body.productId !== existing.productId) await assertProductAcceptsPrices({ db: tx, productId: body.productId });
    const [row] = await tx
      .update(listPrices)
      .set({
        productId: body.productId,
        name: body.name,
        currency: body.currency,
        pricingType: body.structure.pricingType,
        structure: body.structure,
        billingFrequency: body.billingFrequency,
        billingType: body.billingType,
        integrationIds: body.integrationIds,
        customMetricParameters: body.customMetricParameters,
        usageCalculationPeriod: body.usageCalculationPeriod ?? null,
      })
      .where(eq(listPrices.id, id))
      .returning();
    if (!row) throw new Error("update returned no row");
    await recordAudit({ db: tx, actor, action: "list_price.updated", entityType: "list_price", entityId: id });
    return toListPrice(row);
  });
}
