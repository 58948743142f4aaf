import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { Database, DatabaseHandle } from "@/server/db/database";
import { lockDataFolder } from "@/server/db/lock-data-folder";
import { schema } from "@/server/db/schema";

const migrationsFolder = path.join(process.cwd(), "server/db/migrations");

/** Serialises migrations across app instances sharing one PostgreSQL database. */
const MIGRATION_LOCK = 7_042_001;

export type OpenDatabaseOptions =
  | { kind: "postgres"; url: string; maxConnections?: number }
  /** `dir` is a folder, or "memory://" for a throwaway in-memory database (tests). */
  | { kind: "pglite"; dir: string };

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
    // An idle connection the server ends (a restart, a dropped database) is an 'error' event on the pool;
    // unheard, it would crash the process. The pool drops that connection and opens another when needed.
    pool.on("error", (error) => console.error(`[db] an idle database connection was closed: ${error.message}`));
    const db = drizzleNodePg(pool, { schema }) as unknown as Database;
    return {
      db,
      driver: "postgres",
      executeSql: async (text, values) => ({ rows: (await pool.query(text, values ?? [])).rows }),
      migrate: async () => {
        const client = await pool.connect();
        try {
          await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
          await migrateNodePg(drizzleNodePg(client, { schema }), { migrationsFolder });
        } finally {
          await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }

  const inMemory = options.dir.startsWith("memory://");
  let release = () => {};
  if (!inMemory) {
    fs.mkdirSync(options.dir, { recursive: true });
    release = lockDataFolder(options.dir);
  }
  try {
    const client = await PGlite.create(inMemory ? options.dir : path.resolve(options.dir, "pglite"));
    const pgliteDb = drizzlePglite(client, { schema });
    const db = pgliteDb as unknown as Database;
    await db.execute(sql`select 1`);
    return {
      db,
      driver: "pglite",
      // pg-boss sends its schema migrations as one multi-statement text without parameters, which only exec() runs.
      executeSql: async (text, values) => {
        if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
      migrate: () => migratePglite(pgliteDb, { migrationsFolder }),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
