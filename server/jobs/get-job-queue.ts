import "server-only";
import type PgBoss from "pg-boss";
import { getDatabaseHandle } from "@/server/db/get-database-handle";
import { createJobQueue } from "@/server/jobs/create-job-queue";
import { processSingleton } from "@/server/process-singleton";

/** The process's started job queue, shared by every bundle of the app. */
export function getJobQueue(): Promise<PgBoss> {
  return processSingleton("job-queue", async () => {
    const boss = createJobQueue({ handle: await getDatabaseHandle() });
    await boss.start();
    return boss;
  });
}
