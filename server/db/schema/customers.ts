import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Address } from "@/lib/schemas/customer";
import type { IntegrationIdRequest } from "@/lib/schemas/primitives";
import { archivedAt, createdAt, id, updatedAt } from "@/server/db/schema/columns";

export const taxStatus = pgEnum("tax_status", ["TAXED", "TAX_EXEMPT", "REVERSE_CHARGED"]);
export const customerStatus = pgEnum("customer_status", ["DRAFT", "ACTIVE"]);
export const billingPreference = pgEnum("billing_preference", ["PRIMARY", "STANDARD", "NONE"]);

export const customers = pgTable(
  "customers",
  {
    id: id(),
    legalName: text("legal_name").notNull(),
    label: text("label"),
    url: text("url"),
    address: jsonb("address").$type<Address>().notNull(),
    taxStatus: taxStatus("tax_status").notNull().default("TAXED"),
    status: customerStatus("status").notNull().default("ACTIVE"),
    currency: text("currency"),
    parentId: uuid("parent_id"),
    customerAliases: jsonb("customer_aliases").$type<string[]>().notNull().default([]),
    /** Links to other systems, except Salesforce, which has its own column so it can be unique. */
    integrationIds: jsonb("integration_ids").$type<IntegrationIdRequest[]>().notNull().default([]),
    customProperties: jsonb("custom_properties").$type<Record<string, string>>().notNull().default({}),
    /** Customers map 1:1 to Salesforce accounts; the unique index stops two launches racing to link one. */
    salesforceAccountId: text("salesforce_account_id"),
    /** Optimistic concurrency: every write increments it. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [
    uniqueIndex("customers_salesforce_account_uq").on(t.salesforceAccountId),
    index("customers_legal_name_idx").on(sql`lower(${t.legalName})`),
  ],
);

export const customerContacts = pgTable(
  "customer_contacts",
  {
    id: id(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    billingPreference: billingPreference("billing_preference").notNull(),
    /** The mailing address, when the contact came from Salesforce (the billing contact's). */
    address: jsonb("address").$type<Address>(),
    salesforceContactId: text("salesforce_contact_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [index("customer_contacts_customer_idx").on(t.customerId), index("customer_contacts_email_idx").on(t.email)],
);
