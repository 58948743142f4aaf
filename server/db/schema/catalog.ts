import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import type { UsageCalculationPeriod } from "@/lib/schemas/list-price";
import type { PriceStructure } from "@/lib/schemas/price-structure";
import type { BillingFrequency, BillingType, IntegrationIdRequest } from "@/lib/schemas/primitives";
import { archivedAt, createdAt, id, updatedAt } from "@/server/db/schema/columns";

type CustomMetricParameter = { parameterId: string; value: string };

export const products = pgTable("products", {
  id: id(),
  name: text("name").notNull(),
  label: text("label"),
  taxCategoryId: text("tax_category_id"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  archivedAt: archivedAt(),
});

/**
 * The catalog a rep picks from. The structure is stored as the validated JSON it arrived as, so
 * decimal strings read back exactly as written; pricing type is a column for filtering.
 */
export const listPrices = pgTable(
  "list_prices",
  {
    id: id(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    name: text("name").notNull(),
    currency: text("currency").notNull(),
    pricingType: text("pricing_type").notNull(),
    structure: jsonb("structure").$type<PriceStructure>().notNull(),
    billingFrequency: text("billing_frequency").$type<BillingFrequency>().notNull(),
    billingType: text("billing_type").$type<BillingType>().notNull(),
    integrationIds: jsonb("integration_ids").$type<IntegrationIdRequest[]>().notNull().default([]),
    customMetricParameters: jsonb("custom_metric_parameters").$type<CustomMetricParameter[]>().notNull().default([]),
    usageCalculationPeriod: jsonb("usage_calculation_period").$type<UsageCalculationPeriod>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [index("list_prices_product_idx").on(t.productId), index("list_prices_currency_idx").on(t.currency)],
);
