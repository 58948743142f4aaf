import "server-only";
import type PgBoss from "pg-boss";
import { getDatabaseHandle } from "@/server/db/get-database-handle";
import { createJobQueue } from "@/server/jobs/create-job-queue";

let starting: Promise<PgBoss> | undefined;

/** The process's started job queue; cached like the database, and cleared if starting fails. */
export function getJobQueue(): Promise<PgBoss> {
  starting ??= (async () => {
    const boss = createJobQueue({ handle: await getDatabaseHandle() });
    await boss.start();
    return boss;
  })().catch((error: unknown) => {
    starting = undefined;
    throw error;
  });
  return starting;
}
