import type { SQL } from "drizzle-orm";
import type { Database } from "@/server/db/database";

/** Runs raw SQL and returns its rows; both drivers answer `execute` with `{ rows }`. */
export async function executeRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
