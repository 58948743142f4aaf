import { inArray } from "drizzle-orm";
import type { Database } from "@/server/db/database";
import { customers } from "@/server/db/schema/customers";

/**
 * The customer linked to a Salesforce account, or undefined. Ids from Salesforce's API are 18
 * characters, but a link written by an API client may hold the 15-character form, so both match.
 */
export async function findCustomerBySalesforceAccount({
  db,
  accountId,
}: {
  db: Database;
  accountId: string;
}): Promise<typeof customers.$inferSelect | undefined> {
  const forms = [...new Set([accountId, accountId.slice(0, 15)])];
  const [row] = await db.select().from(customers).where(inArray(customers.salesforceAccountId, forms)).limit(1);
  return row;
}
