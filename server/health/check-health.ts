import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/server/db/get-database";

/** Whether the app can serve: the database answers. Used by load balancers and the test runner. */
export async function checkHealth(): Promise<{ ok: boolean; database: "up" | "down" }> {
  try {
    const db = await getDatabase();
    await db.execute(sql`select 1`);
    return { ok: true, database: "up" };
  } catch {
    return { ok: false, database: "down" };
  }
}
