import "server-only";
import { getDatabase } from "@/server/db/get-database";
import { getJobQueue } from "@/server/jobs/get-job-queue";
import { startSalesforceSyncWorker } from "@/server/jobs/start-salesforce-sync-worker";
import { seedDemoData } from "@/server/demo/seed-demo-data";
import { getEnv } from "@/server/env";
import { connectLocalOrgAtStart } from "@/server/salesforce/connect-local-org-at-start";

/**
 * Runs once when the server process starts, before it serves requests: validates the configuration,
 * migrates the database, loads the demo data, starts the job queue and the Salesforce sync worker, and
 * on the embedded default connects the local Salesforce org. If any of that but the last fails the
 * process stops with the reason (for a bad variable, its name) instead of serving errors.
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
  await startSalesforceSyncWorker({ boss: await getJobQueue(), db });
  if (env.demoData) {
    const seeded = await seedDemoData({ db });
    if (seeded.products + seeded.listPrices + seeded.customers > 0) {
      console.log(
        `[boot] demo data loaded: ${seeded.products} products, ${seeded.listPrices} list prices, ${seeded.customers} customers`,
      );
    }
  }
  // Not fatal: the app serves without Salesforce, and an admin can connect it from the admin page.
  try {
    if (await connectLocalOrgAtStart({ db })) console.log("[boot] connected the local Salesforce org as its admin");
  } catch (error) {
    console.error(
      "[boot] could not connect the local Salesforce org; an admin can connect it at /admin/salesforce",
      error,
    );
  }
}
