import type { CreateListPriceBody, ListPrice } from "@/lib/schemas/list-price";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertProductAcceptsPrices } from "@/server/catalog/assert-product-accepts-prices";
import { toListPrice } from "@/server/catalog/to-list-price";
import type { Database } from "@/server/db/database";
import { listPrices } from "@/server/db/schema/catalog";

export async function createListPrice({
  db,
  actor,
  body,
}: {
  db: Database;
  actor: Actor | undefined;
  body: CreateListPriceBody;
}): Promise<ListPrice> {
  return db.transaction(async (tx) => {
    await assertProductAcceptsPrices({ db: tx, productId: body.productId });
    const [row] = await tx
      .insert(listPrices)
      .values({
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
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit({ db: tx, actor, action: "list_price.created", entityType: "list_price", entityId: row.id });
    return toListPrice(row);
  });
}
