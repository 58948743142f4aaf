import "server-only";
import { getDatabase } from "@/server/db/get-database";
import { getJobQueue } from "@/server/jobs/get-job-queue";
import { seedDemoData } from "@/server/demo/seed-demo-data";
import { getEnv } from "@/server/env";

/**
 * Runs once when the server process starts, before it serves requests: validates the configuration,
 * migrates the database, loads the demo data and starts the job queue. If any of that fails the process stops with the
 * reason (for a bad variable, its name) instead of serving errors.
 */
export async function startServerServices(): Promise<void> {
  try {
    await start();
  } catch (error) {
    console.error(`\n[boot] the app cannot start:\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

async function start(): Promise<void> {
  const env = getEnv();
  const db = await getDatabase();
  await getJobQueue();
  if (env.demoData) {
    const seeded = await seedDemoData({ db });
    if (seeded.products + seeded.listPrices + seeded.customers > 0) {
      console.log(
        `[boot] demo data loaded: ${seeded.products} products, ${seeded.listPrices} list prices, ${seeded.customers} customers`,
      );
    }
  }
}
