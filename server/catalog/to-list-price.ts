import type { ListPrice } from "@/lib/schemas/list-price";
import type { CurrencyCode } from "@/lib/money/currencies";
import type { listPrices } from "@/server/db/schema/catalog";

export function toListPrice(row: typeof listPrices.$inferSelect): ListPrice {
  return {
    id: row.id,
    productId: row.productId,
    name: row.name,
    currency: row.currency as CurrencyCode,
    structure: row.structure,
    billingFrequency: row.billingFrequency,
    billingType: row.billingType,
    integrationIds: row.integrationIds.map((link) => ({ ...link, isPending: false })),
    customMetricParameters: row.customMetricParameters,
    ...(row.usageCalculationPeriod ? { usageCalculationPeriod: row.usageCalculationPeriod } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.archivedAt ? { archivedAt: row.archivedAt.toISOString() } : {}),
  };
}
