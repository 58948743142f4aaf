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
  uuid,
} from "drizzle-orm/pg-core";
import type { Address } from "@/lib/schemas/customer";
import type { PriceStructure } from "@/lib/schemas/price-structure";
import type { BillingFrequency, BillingType, IntegrationIdRequest } from "@/lib/schemas/primitives";
import { archivedAt, createdAt, id, updatedAt } from "@/server/db/schema/columns";
import { customers } from "@/server/db/schema/customers";
import { listPrices, products } from "@/server/db/schema/catalog";
import { quotes } from "@/server/db/schema/quotes";

/** Sequence's price objects: what a billing schedule bills, each optionally made from a list price. */
export const prices = pgTable(
  "prices",
  {
    id: id(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    listPriceId: uuid("list_price_id").references(() => listPrices.id),
    name: text("name").notNull(),
    currency: text("currency").notNull(),
    structure: jsonb("structure").$type<PriceStructure>().notNull(),
    billingFrequency: text("billing_frequency").$type<BillingFrequency>().notNull(),
    billingType: text("billing_type").$type<BillingType>().notNull(),
    quantity: text("quantity"),
    status: text("status").$type<"DRAFT" | "ACTIVE">().notNull().default("ACTIVE"),
    integrationIds: jsonb("integration_ids").$type<IntegrationIdRequest[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("prices_product_idx").on(t.productId)],
);

export const billingScheduleStatus = pgEnum("billing_schedule_status", [
  "DRAFT",
  "PENDING",
  "ACTIVE",
  "SUSPENDED",
  "CANCELLED",
  "COMPLETED",
]);

export const billingSchedules = pgTable(
  "billing_schedules",
  {
    id: id(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    quoteId: uuid("quote_id").references(() => quotes.id),
    salesforceOpportunityId: text("salesforce_opportunity_id"),
    status: billingScheduleStatus("status").notNull().default("DRAFT"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }),
    recurrenceDayOfMonth: integer("recurrence_day_of_month"),
    taxRates: jsonb("tax_rates").$type<{ priceId: string; taxRateId: string }[]>().notNull().default([]),
    autoIssueInvoices: boolean("auto_issue_invoices").notNull().default(false),
    autoCharge: boolean("auto_charge"),
    rollUpBilling: boolean("roll_up_billing").notNull().default(false),
    purchaseOrderNumber: text("purchase_order_number"),
    reference: text("reference"),
    label: text("label"),
    memo: text("memo"),
    paymentProvider: text("payment_provider").$type<"STRIPE" | "GOCARDLESS" | "NONE">(),
    defaultDueDateDays: integer("default_due_date_days"),
    customFields: jsonb("custom_fields").$type<Record<string, string>>().notNull().default({}),
    attachmentAssetIds: jsonb("attachment_asset_ids").$type<string[]>().notNull().default([]),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [index("billing_schedules_customer_idx").on(t.customerId)],
);

export const billingSchedulePhases = pgTable(
  "billing_schedule_phases",
  {
    id: id(),
    billingScheduleId: uuid("billing_schedule_id")
      .notNull()
      .references(() => billingSchedules.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }),
    priceIds: jsonb("price_ids").$type<string[]>().notNull().default([]),
    recurrencePreference: text("recurrence_preference")
      .$type<"CONTINUE_FROM_PREVIOUS_PHASE" | "RESET">()
      .notNull()
      .default("CONTINUE_FROM_PREVIOUS_PHASE"),
    externalContractRef: text("external_contract_ref"),
    phasePriceMetadata: jsonb("phase_price_metadata")
      .$type<{ priceId: string; arrCalculation: "INCLUDE" | "EXCLUDE" }[]>()
      .notNull()
      .default([]),
    createdAt: createdAt(),
  },
  (t) => [index("billing_schedule_phases_schedule_idx").on(t.billingScheduleId, t.position)],
);

const schedulePhaseRef = () =>
  uuid("phase_id")
    .notNull()
    .references(() => billingSchedulePhases.id, { onDelete: "cascade" });

export const billingScheduleDiscounts = pgTable("billing_schedule_discounts", {
  id: id(),
  phaseId: schedulePhaseRef(),
  type: text("type").$type<"PERCENTAGE" | "NOMINAL">().notNull(),
  amount: numeric("amount").notNull(),
  message: text("message").notNull().default(""),
  separateLineItem: boolean("separate_line_item").notNull().default(false),
  seatDiscountType: text("seat_discount_type"),
  restrictToPrices: jsonb("restrict_to_prices").$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const billingScheduleMinimums = pgTable("billing_schedule_minimums", {
  id: id(),
  phaseId: schedulePhaseRef(),
  amount: numeric("amount").notNull(),
  restrictToPrices: jsonb("restrict_to_prices").$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const invoiceStatus = pgEnum("invoice_status", ["IN_PROGRESS", "DRAFT", "FINAL", "SENT", "VOIDED"]);
export const invoicePaymentStatus = pgEnum("invoice_payment_status", [
  "UNPAID",
  "PARTIALLY_PAID",
  "PAID",
  "UNCOLLECTIBLE",
]);

export const invoices = pgTable(
  "invoices",
  {
    id: id(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    billingScheduleId: uuid("billing_schedule_id").references(() => billingSchedules.id),
    status: invoiceStatus("status").notNull().default("DRAFT"),
    paymentStatus: invoicePaymentStatus("payment_status").notNull().default("UNPAID"),
    currency: text("currency").notNull(),
    invoiceNumber: text("invoice_number").unique(),
    issueDate: date("issue_date", { mode: "string" }),
    dueDate: date("due_date", { mode: "string" }),
    billingPeriodStart: date("billing_period_start", { mode: "string" }),
    billingPeriodEnd: date("billing_period_end", { mode: "string" }),
    netTotal: numeric("net_total").notNull().default("0"),
    totalTax: numeric("total_tax").notNull().default("0"),
    grossTotal: numeric("gross_total").notNull().default("0"),
    customerLegalCompanyName: text("customer_legal_company_name"),
    customerBillingAddress: jsonb("customer_billing_address").$type<Address>(),
    customerEmails: jsonb("customer_emails").$type<string[]>().notNull().default([]),
    purchaseOrderNumber: text("purchase_order_number"),
    reference: text("reference"),
    memo: text("memo"),
    metadata: jsonb("metadata").$type<{ key: string; value: string }[]>().notNull().default([]),
    finalizedAt: timestamp("finalized_at", { withTimezone: true, mode: "date" }),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
    voidedAt: timestamp("voided_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("invoices_customer_idx").on(t.customerId),
    index("invoices_billing_schedule_idx").on(t.billingScheduleId),
  ],
);

export const invoiceLineItems = pgTable(
  "invoice_line_items",
  {
    id: id(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    quantity: numeric("quantity").notNull(),
    rate: numeric("rate").notNull(),
    taxRate: numeric("tax_rate").notNull().default("0"),
    netTotal: numeric("net_total").notNull(),
    totalTax: numeric("total_tax").notNull().default("0"),
    grossTotal: numeric("gross_total").notNull(),
    priceId: uuid("price_id"),
    servicePeriodStart: date("service_period_start", { mode: "string" }),
    servicePeriodEnd: date("service_period_end", { mode: "string" }),
    rateDisplay: text("rate_display").$type<"ABSOLUTE" | "PERCENTAGE">().notNull().default("ABSOLUTE"),
    externalIds: jsonb("external_ids").$type<{ key: string; value: string }[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("invoice_line_items_invoice_idx").on(t.invoiceId, t.position)],
);
