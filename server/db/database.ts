import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Schema } from "@/server/db/schema";

/**
 * The database as services see it. PGlite and node-postgres give different drizzle classes with the
 * same query API; services only use that shared API, so one type serves both (and transactions).
 */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseHandle = {
  db: Database;
  driver: "pglite" | "postgres";
  /** Raw SQL on the handle's own connection(s), outside any transaction: what pg-boss runs its queue on. */
  executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  /** Applies pending migrations; safe to call from several instances at once. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};
