import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { executeRows } from "@/server/db/execute-rows";
import { testDatabases } from "@/server/db/test-databases";

describe.each(testDatabases())("migrations on $name", ({ open }) => {
  it("create every table of the domain and can be applied twice", async () => {
    const handle = await open();
    try {
      await handle.migrate();
      const rows = await executeRows<{ table_name: string }>(
        handle.db,
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      );
      const tables = rows.map((row) => row.table_name);
      expect(tables).toEqual(
        expect.arrayContaining([
          "api_keys",
          "audit_log",
          "billing_schedules",
          "customers",
          "customer_contacts",
          "invoice_line_items",
          "invoices",
          "list_prices",
          "prices",
          "products",
          "quote_discounts",
          "quote_minimums",
          "quote_phases",
          "quote_prices",
          "quote_versions",
          "quotes",
          "salesforce_connections",
          "salesforce_sync_states",
          "users",
        ]),
      );
    } finally {
      await handle.close();
    }
  });
});
