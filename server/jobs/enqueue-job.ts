import type PgBoss from "pg-boss";
import type { Database } from "@/server/db/database";
import { rawSqlExecutor } from "@/server/db/raw-sql-executor";

/**
 * Enqueues a job inside the caller's transaction (outbox): the job exists if and only if the change
 * that causes it commits, so a crash between the two can neither lose nor invent work.
 */
export async function enqueueJob({
  boss,
  db,
  queue,
  data,
  options = {},
}: {
  boss: PgBoss;
  db: Database;
  queue: string;
  data: object;
  options?: PgBoss.SendOptions;
}): Promise<string> {
  const id = await boss.send(queue, data, { ...options, db: rawSqlExecutor(db) as PgBoss.Db });
  if (!id) throw new Error(`pg-boss did not create the job on ${queue} (a singleton or throttle key refused it)`);
  return id;
}
