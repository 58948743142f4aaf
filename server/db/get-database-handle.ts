import "server-only";
import path from "node:path";
import type { DatabaseHandle } from "@/server/db/database";
import { openDatabase } from "@/server/db/open-database";
import { getEnv } from "@/server/env";
import { processSingleton } from "@/server/process-singleton";

/** The process's database, opened and migrated on first use, shared by every bundle of the app. */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  return processSingleton("database", async () => {
    const env = getEnv();
    const handle = await openDatabase(
      env.DATABASE_URL
        ? { kind: "postgres", url: env.DATABASE_URL }
        : { kind: "pglite", dir: path.resolve(env.DATA_DIR, "db") },
    );
    await handle.migrate();
    return handle;
  });
}
