import "server-only";
import path from "node:path";
import type { DatabaseHandle } from "@/server/db/database";
import { openDatabase } from "@/server/db/open-database";
import { getEnv } from "@/server/env";

let opening: Promise<DatabaseHandle> | undefined;

/**
 * The process's database, opened and migrated on first use. The promise is cached for the process;
 * if opening fails it is cleared, so the next request tries again instead of failing forever.
 */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  opening ??= (async () => {
    const env = getEnv();
    const handle = await openDatabase(
      env.DATABASE_URL
        ? { kind: "postgres", url: env.DATABASE_URL }
        : { kind: "pglite", dir: path.resolve(env.DATA_DIR, "db") },
    );
    await handle.migrate();
    return handle;
  })().catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}
