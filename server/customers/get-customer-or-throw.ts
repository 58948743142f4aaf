import { eq } from "drizzle-orm";
import type { Customer } from "@/lib/schemas/customer";
import { isUuid } from "@/lib/schemas/primitives";
import { ApiError } from "@/server/api/api-error";
import { toCustomer } from "@/server/customers/to-customer";
import type { Database } from "@/server/db/database";
import { customerContacts, customers } from "@/server/db/schema/customers";

export async function getCustomerOrThrow({ db, id }: { db: Database; id: string }): Promise<Customer> {
  const [row] = isUuid(id) ? await db.select().from(customers).where(eq(customers.id, id)).limit(1) : [];
  if (!row) throw ApiError.notFound("customer", id);
  const contacts = await db.select().from(customerContacts).where(eq(customerContacts.customerId, id));
  return toCustomer(row, contacts);
}
