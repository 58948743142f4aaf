import { and, count, ilike, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Customer, ListCustomersQuery } from "@/lib/schemas/customer";
import type { Page } from "@/lib/schemas/pagination";
import { listPage } from "@/server/api/list-page";
import { toCustomer } from "@/server/customers/to-customer";
import type { Database } from "@/server/db/database";
import { escapeLike } from "@/server/db/escape-like";
import { billingSchedules } from "@/server/db/schema/billing";
import { customerContacts, customers } from "@/server/db/schema/customers";

/** What `sortBy` names, never null, as the cursor comparison needs; a missing custom property sorts as "". */
function sortKey(sortBy: ListCustomersQuery["sortBy"]): PgColumn | SQL {
  if (sortBy === "updatedAt") return customers.updatedAt;
  if (sortBy === "legalName") return customers.legalName;
  if (sortBy.startsWith("customProperties.")) {
    return sql`coalesce(${customers.customProperties} ->> ${sortBy.slice("customProperties.".length)}, '')`;
  }
  return customers.createdAt;
}

export async function listCustomers({
  db,
  query,
}: {
  db: Database;
  query: ListCustomersQuery;
}): Promise<Page<Customer>> {
  const filters: SQL[] = [];
  if (!query.includeArchived) filters.push(isNull(customers.archivedAt));
  if (query.legalName) filters.push(ilike(customers.legalName, `%${escapeLike(query.legalName)}%`));
  if (query.label) filters.push(ilike(customers.label, `%${escapeLike(query.label)}%`));
  if (query.alias) filters.push(sql`${customers.customerAliases} @> ${JSON.stringify([query.alias])}::jsonb`);
  if (query.email) {
    filters.push(
      sql`exists (select 1 from ${customerContacts} where ${customerContacts.customerId} = ${customers.id}
          and lower(${customerContacts.email}) = lower(${query.email}) and ${customerContacts.archivedAt} is null)`,
    );
  }
  if (query.billingStatus) {
    const active = sql`exists (select 1 from ${billingSchedules} where ${billingSchedules.customerId} = ${customers.id}
        and ${billingSchedules.status} = 'ACTIVE')`;
    filters.push(query.billingStatus === "ACTIVE" ? active : sql`not ${active}`);
  }
  const page = await listPage({
    query,
    table: customers,
    idColumn: customers.id,
    sortKey: sortKey(query.sortBy),
    fetch: ({ cursor, orderBy, limit }) =>
      db
        .select()
        .from(customers)
        .where(and(...filters, cursor))
        .orderBy(...orderBy)
        .limit(limit),
    count: async () =>
      (
        await db
          .select({ n: count() })
          .from(customers)
          .where(and(...filters))
      )[0]?.n ?? 0,
  });
  const ids = page.items.map((row) => row.id);
  const contacts = ids.length
    ? await db.select().from(customerContacts).where(inArray(customerContacts.customerId, ids))
    : [];
  return { items: page.items.map((row) => toCustomer(row, contacts)), pagination: page.pagination };
}
