import "server-only";
import type { Database } from "@/server/db/database";
import { getDatabaseHandle } from "@/server/db/get-database-handle";

/** The process's database (see getDatabaseHandle). */
export async function getDatabase(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}
