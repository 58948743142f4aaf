import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { PriceStructure } from "@/lib/schemas/price-structure";
import type { IntegrationIdRequest } from "@/lib/schemas/primitives";
import type { Duration, QuoteBillingFrequency } from "@/lib/schemas/quote-pricing";
import { apiKeys, users } from "@/server/db/schema/users";
import { customers } from "@/server/db/schema/customers";
import { archivedAt, createdAt, id, updatedAt } from "@/server/db/schema/columns";

export const quoteStatus = pgEnum("quote_status", ["DRAFT", "PUBLISHED", "READY_TO_SIGN", "ACCEPTED", "EXECUTED"]);
export const quoteVersionState = pgEnum("quote_version_state", ["draft", "published"]);

/**
 * A quote is a series of versions: at most one editable draft and any number of immutable published
 * versions (the newest supersedes the older ones). The quote row carries the lifecycle and the
 * pointers; the content lives on the versions.
 */
export const quotes = pgTable(
  "quotes",
  {
    id: id(),
    quoteNumber: text("quote_number").unique(),
    status: quoteStatus("status").notNull().default("DRAFT"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    createdByApiKeyId: uuid("created_by_api_key_id").references(() => apiKeys.id),
    salesforceOpportunityId: text("salesforce_opportunity_id"),
    /** The version shown when the quote is opened: the draft if there is one, else the newest published. */
    currentVersionId: uuid("current_version_id"),
    latestPublishedVersionId: uuid("latest_published_version_id"),
    /** Optimistic concurrency: writes name the version they started from; a stale one gets a 409. */
    version: integer("version").notNull().default(1),
    /** The unguessable part of the buyer link, issued at first publish. */
    buyerToken: text("buyer_token").unique(),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    expiresAt: date("expires_at", { mode: "string" }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true, mode: "date" }),
    executedAt: timestamp("executed_at", { withTimezone: true, mode: "date" }),
    billingScheduleId: uuid("billing_schedule_id"),
    createdFrom: jsonb("created_from").$type<{ entityType: string; entityId: string }>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index("quotes_opportunity_idx").on(t.salesforceOpportunityId),
    index("quotes_created_by_idx").on(t.createdByUserId),
  ],
);

export const quoteVersions = pgTable(
  "quote_versions",
  {
    id: id(),
    quoteId: uuid("quote_id")
      .notNull()
      .references(() => quotes.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    state: quoteVersionState("state").notNull(),
    title: text("title"),
    customerId: uuid("customer_id").references(() => customers.id),
    currency: text("currency"),
    dealType: text("deal_type").$type<"NEW_BUSINESS" | "RENEWAL">(),
    preliminaryBillingStartDate: date("preliminary_billing_start_date", { mode: "string" }),
    expiryDays: integer("expiry_days"),
    presentation: jsonb("presentation").$type<unknown[]>().notNull().default([]),
    contactIds: jsonb("contact_ids").$type<string[]>().notNull().default([]),
    /** From the pricing engine at save time, for lists and Salesforce; null while the quote cannot be priced. */
    totalContractValue: numeric("total_contract_value"),
    arr: numeric("arr"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    publishedByUserId: uuid("published_by_user_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("quote_versions_number_uq").on(t.quoteId, t.number),
    uniqueIndex("quote_versions_one_draft_uq")
      .on(t.quoteId)
      .where(sql`${t.state} = 'draft'`),
    index("quote_versions_customer_idx").on(t.customerId),
  ],
);

const versionRef = () =>
  uuid("version_id")
    .notNull()
    .references(() => quoteVersions.id, { onDelete: "cascade" });
const phaseRef = () =>
  uuid("phase_id")
    .notNull()
    .references(() => quotePhases.id, { onDelete: "cascade" });

export const quotePhases = pgTable(
  "quote_phases",
  {
    id: id(),
    versionId: versionRef(),
    position: integer("position").notNull(),
    name: text("name"),
    /** Null: an open-ended phase (only the last may be). */
    duration: jsonb("duration").$type<Duration>(),
    createdAt: createdAt(),
  },
  (t) => [index("quote_phases_version_idx").on(t.versionId, t.position)],
);

export const quotePrices = pgTable(
  "quote_prices",
  {
    id: id(),
    versionId: versionRef(),
    phaseId: phaseRef(),
    position: integer("position").notNull(),
    /** The client's `temporaryId`; discounts and minimums name prices by it. */
    priceKey: text("price_key").notNull(),
    productId: uuid("product_id"),
    listPriceId: uuid("list_price_id"),
    name: text("name").notNull(),
    structure: jsonb("structure").$type<PriceStructure>().notNull(),
    billingFrequency: text("billing_frequency").$type<QuoteBillingFrequency>().notNull(),
    billingType: text("billing_type").$type<"IN_ARREARS" | "IN_ADVANCE">().notNull(),
    quantity: text("quantity"),
    rateOnly: boolean("rate_only").notNull().default(false),
    integrationIds: jsonb("integration_ids").$type<IntegrationIdRequest[]>().notNull().default([]),
    customMetricParameters: jsonb("custom_metric_parameters")
      .$type<{ parameterId: string; value: string }[]>()
      .notNull()
      .default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("quote_prices_version_idx").on(t.versionId), index("quote_prices_phase_idx").on(t.phaseId, t.position)],
);

export const quoteDiscounts = pgTable(
  "quote_discounts",
  {
    id: id(),
    versionId: versionRef(),
    phaseId: phaseRef(),
    position: integer("position").notNull(),
    type: text("type").$type<"PERCENTAGE" | "NOMINAL">().notNull(),
    amount: text("amount").notNull(),
    message: text("message").notNull().default(""),
    restrictToPrices: jsonb("restrict_to_prices").$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("quote_discounts_version_idx").on(t.versionId)],
);

export const quoteMinimums = pgTable(
  "quote_minimums",
  {
    id: id(),
    versionId: versionRef(),
    phaseId: phaseRef(),
    position: integer("position").notNull(),
    amount: text("amount").notNull(),
    restrictToPrices: jsonb("restrict_to_prices").$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("quote_minimums_version_idx").on(t.versionId)],
);

/** Published quote numbers come from a counter, so they stay gapless under concurrent publishes. */
export const counters = pgTable("counters", {
  name: text("name").primaryKey(),
  value: integer("value").notNull().default(0),
});
