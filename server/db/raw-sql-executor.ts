import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/server/db/database";
import { executeRows } from "@/server/db/execute-rows";

/**
 * Runs parameterised SQL written for `pg` (`$1`, `$2`, …) through drizzle, so a library that speaks
 * raw SQL (pg-boss) can write inside the caller's drizzle transaction, on either driver.
 */
export function rawSqlExecutor(db: Database): {
  executeSql: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;
} {
  return {
    executeSql: async (text, values) => {
      // drizzle renders an undefined parameter as nothing at all, which would shift every later one; pg sends NULL.
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = parts.map((part, index) =>
        index % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1] ?? null}`,
      );
      return { rows: await executeRows(db, sql.join(chunks)) };
    },
  };
}
