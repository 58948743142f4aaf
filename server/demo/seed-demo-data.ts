import { v5 as uuidv5 } from "uuid";
import type { Database } from "@/server/db/database";
import { listPrices, products } from "@/server/db/schema/catalog";
import { customerContacts, customers } from "@/server/db/schema/customers";
import { demoCatalog, demoCurrencies } from "@/server/demo/demo-catalog";
import { demoCustomers } from "@/server/demo/demo-customers";

/** Fixed namespace: demo records get the same ids on every machine and every run. */
const DEMO_NAMESPACE = "4c0d6f1e-9b7a-4e2f-8c3d-5a6b7c8d9e0f";
const demoId = (name: string) => uuidv5(name, DEMO_NAMESPACE);

/**
 * Loads the demo catalog and customers. Idempotent: records are keyed by deterministic ids and
 * inserted only when missing, so a restart never duplicates them and never undoes an admin's edits.
 */
export async function seedDemoData({
  db,
}: {
  db: Database;
}): Promise<{ products: number; listPrices: number; customers: number }> {
  return db.transaction(async (tx) => {
    const productRows = demoCatalog.map((product) => ({
      id: demoId(`product:${product.key}`),
      name: product.name,
      label: product.label,
    }));
    const priceRows = demoCatalog.flatMap((product) =>
      demoCurrencies.map((currency) => {
        const price = product.prices[currency];
        return {
          id: demoId(`list-price:${product.key}:${currency}`),
          productId: demoId(`product:${product.key}`),
          name: product.name,
          currency,
          pricingType: price.structure.pricingType,
          structure: price.structure,
          billingFrequency: price.billingFrequency,
          billingType: price.billingType,
        };
      }),
    );
    const customerRows = demoCustomers.map(({ key, contacts: _contacts, ...customer }) => ({
      id: demoId(`customer:${key}`),
      ...customer,
    }));
    const contactRows = demoCustomers.flatMap((customer) =>
      customer.contacts.map((contact, position) => ({
        id: demoId(`contact:${customer.key}:${contact.email}`),
        customerId: demoId(`customer:${customer.key}`),
        position,
        name: contact.name,
        email: contact.email,
        billingPreference: contact.billingPreference,
      })),
    );
    const inserted = {
      products: (await tx.insert(products).values(productRows).onConflictDoNothing().returning({ id: products.id }))
        .length,
      listPrices: (await tx.insert(listPrices).values(priceRows).onConflictDoNothing().returning({ id: listPrices.id }))
        .length,
      customers: (await tx.insert(customers).values(customerRows).onConflictDoNothing().returning({ id: customers.id }))
        .length,
    };
    await tx.insert(customerContacts).values(contactRows).onConflictDoNothing();
    return inserted;
  });
}
