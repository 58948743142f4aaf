import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Problem } from "@/lib/schemas/problems";
import { isUuid } from "@/lib/schemas/primitives";
import type { QuotePhaseBody } from "@/lib/schemas/quote";
import type { Database } from "@/server/db/database";
import { listPrices, products } from "@/server/db/schema/catalog";
import { customerContacts, customers } from "@/server/db/schema/customers";

/**
 * What the schema cannot know: that the customer, its contacts, the products and list prices a quote
 * names exist. Each problem carries the path of the field that names the missing record.
 */
export async function checkQuoteReferences({
  db,
  customerId,
  contactIds,
  phases,
}: {
  db: Database;
  customerId: string | undefined;
  contactIds: string[];
  phases: QuotePhaseBody[];
}): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (customerId) {
    const [customer] = await db.select().from(customers).where(eq(customers.id, customerId)).limit(1);
    if (!customer)
      problems.push({ path: "customerId", message: "names no customer; create it first (POST /api/customers)" });
    else if (customer.archivedAt)
      problems.push({ path: "customerId", message: `names the archived customer "${customer.legalName}"` });
  }
  if (contactIds.length > 0) {
    if (!customerId) {
      problems.push({
        path: "contactIds",
        message: "recipients are the customer's contacts; choose the customer first",
      });
    } else {
      const valid = contactIds.filter(isUuid);
      const found = valid.length
        ? await db
            .select({ id: customerContacts.id })
            .from(customerContacts)
            .where(
              and(
                inArray(customerContacts.id, valid),
                eq(customerContacts.customerId, customerId),
                isNull(customerContacts.archivedAt),
              ),
            )
        : [];
      const known = new Set(found.map((row) => row.id));
      contactIds.forEach((id, index) => {
        if (!known.has(id))
          problems.push({ path: `contactIds[${index}]`, message: "is not a contact of this quote's customer" });
      });
    }
  }

  const productIds = [...new Set(phases.flatMap((phase) => phase.prices.map((price) => price.productId)))];
  const listPriceIds = [
    ...new Set(
      phases.flatMap((phase) => phase.prices.flatMap((price) => (price.listPriceId ? [price.listPriceId] : []))),
    ),
  ].filter(isUuid);
  const knownProducts = productIds.length
    ? await db.select({ id: products.id }).from(products).where(inArray(products.id, productIds))
    : [];
  const knownListPrices = listPriceIds.length
    ? await db.select({ id: listPrices.id }).from(listPrices).where(inArray(listPrices.id, listPriceIds))
    : [];
  const productSet = new Set(knownProducts.map((row) => row.id));
  const listPriceSet = new Set(knownListPrices.map((row) => row.id));
  phases.forEach((phase, p) =>
    phase.prices.forEach((price, i) => {
      if (!productSet.has(price.productId)) {
        problems.push({ path: `phases[${p}].prices[${i}].productId`, message: "names no product in the catalog" });
      }
      if (price.listPriceId && !listPriceSet.has(price.listPriceId)) {
        problems.push({ path: `phases[${p}].prices[${i}].listPriceId`, message: "names no list price in the catalog" });
      }
    }),
  );
  return problems;
}
