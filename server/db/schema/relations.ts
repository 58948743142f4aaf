import { relations } from "drizzle-orm";
import { billingSchedulePhases, billingSchedules, invoiceLineItems, invoices } from "@/server/db/schema/billing";
import { listPrices, products } from "@/server/db/schema/catalog";
import { customerContacts, customers } from "@/server/db/schema/customers";
import {
  quoteDiscounts,
  quoteMinimums,
  quotePhases,
  quotePrices,
  quotes,
  quoteVersions,
} from "@/server/db/schema/quotes";

export const customersRelations = relations(customers, ({ many }) => ({ contacts: many(customerContacts) }));
export const customerContactsRelations = relations(customerContacts, ({ one }) => ({
  customer: one(customers, { fields: [customerContacts.customerId], references: [customers.id] }),
}));

export const productsRelations = relations(products, ({ many }) => ({ listPrices: many(listPrices) }));
export const listPricesRelations = relations(listPrices, ({ one }) => ({
  product: one(products, { fields: [listPrices.productId], references: [products.id] }),
}));

export const quotesRelations = relations(quotes, ({ many }) => ({ versions: many(quoteVersions) }));
export const quoteVersionsRelations = relations(quoteVersions, ({ one, many }) => ({
  quote: one(quotes, { fields: [quoteVersions.quoteId], references: [quotes.id] }),
  customer: one(customers, { fields: [quoteVersions.customerId], references: [customers.id] }),
  phases: many(quotePhases),
}));
export const quotePhasesRelations = relations(quotePhases, ({ one, many }) => ({
  version: one(quoteVersions, { fields: [quotePhases.versionId], references: [quoteVersions.id] }),
  prices: many(quotePrices),
  discounts: many(quoteDiscounts),
  minimums: many(quoteMinimums),
}));
export const quotePricesRelations = relations(quotePrices, ({ one }) => ({
  phase: one(quotePhases, { fields: [quotePrices.phaseId], references: [quotePhases.id] }),
}));
export const quoteDiscountsRelations = relations(quoteDiscounts, ({ one }) => ({
  phase: one(quotePhases, { fields: [quoteDiscounts.phaseId], references: [quotePhases.id] }),
}));
export const quoteMinimumsRelations = relations(quoteMinimums, ({ one }) => ({
  phase: one(quotePhases, { fields: [quoteMinimums.phaseId], references: [quotePhases.id] }),
}));

export const billingSchedulesRelations = relations(billingSchedules, ({ many }) => ({
  phases: many(billingSchedulePhases),
}));
export const billingSchedulePhasesRelations = relations(billingSchedulePhases, ({ one }) => ({
  schedule: one(billingSchedules, {
    fields: [billingSchedulePhases.billingScheduleId],
    references: [billingSchedules.id],
  }),
}));
export const invoicesRelations = relations(invoices, ({ many }) => ({ lines: many(invoiceLineItems) }));
export const invoiceLineItemsRelations = relations(invoiceLineItems, ({ one }) => ({
  invoice: one(invoices, { fields: [invoiceLineItems.invoiceId], references: [invoices.id] }),
}));
