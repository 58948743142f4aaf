import { sql } from "drizzle-orm";
import type { Database } from "@/server/db/database";
import { executeRows } from "@/server/db/execute-rows";

/**
 * The next quote number (`Q00001`, `Q00002`, …; more digits past 99,999). The counter row is
 * incremented inside the caller's transaction: concurrent publishes queue on its row lock, and a
 * publish that rolls back gives its number back, so the numbers stay gapless.
 */
export async function nextQuoteNumber({ db }: { db: Database }): Promise<string> {
  const [row] = await executeRows<{ value: number }>(
    db,
    sql`insert into counters (name, value) values ('quote_number', 1)
        on conflict (name) do update set value = counters.value + 1
        returning value`,
  );
  if (!row) throw new Error("the quote number counter returned no row");
  return `Q${String(row.value).padStart(5, "0")}`;
}
