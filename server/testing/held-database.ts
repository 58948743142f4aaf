import type { Database } from "@/server/db/database";

let held: Database | undefined;

/**
 * Route tests replace `getDatabase` with this (vi.mock), so the real route handlers run against the
 * test database of the current `describe.each` case.
 */
export function holdDatabase(db: Database | undefined): void {
  held = db;
}

export async function getHeldDatabase(): Promise<Database> {
  if (!held) throw new Error("no test database is held; call holdDatabase() in beforeAll");
  return held;
}
