/**
 * `npx tsx bench/publish-api-calls.ts` (also run by `npm run bench`): publishes quotes of 10, 100, 450
 * and 1,200 Salesforce records (1 quote + 1 phase + prices + a discount + a minimum) through the real
 * path — publish, the outbox job, the sync worker — against a local org, and counts the API calls the
 * org logged for each sync. Prints one JSON line per size. Target: 1 call up to 499 records, then
 * ⌈records / 500⌉ (the first call also reads the opportunity's owner, so 500·k records take k + 1).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [10, 100, 450, 1_200];
/** What the sync adds to the prices of the one-phase bench quote: the quote, the phase, a discount, a minimum. */
const FIXED_RECORDS = 4;

// Server modules import "server-only", which resolves outside React's server build only under the
// react-server condition (as `npm run bench` runs every bench); run again under it when started bare.
if (!process.execArgv.includes("--conditions=react-server")) {
  const result = spawnSync(
    process.execPath,
    [...process.execArgv, "--conditions=react-server", fileURLToPath(import.meta.url)],
    { stdio: "inherit" },
  );
  process.exit(result.status ?? 1);
}

const folder = mkdtempSync(join(tmpdir(), "bench-publish-"));
const { startLocalOrg } = await import("@/tools/local-salesforce/start-local-org");
const org = await startLocalOrg({ port: 0, dataDir: join(folder, "org") });
Object.assign(process.env, {
  SALESFORCE_LOGIN_URL: org.url,
  SALESFORCE_CLIENT_ID: org.clientId,
  SALESFORCE_CLIENT_SECRET: org.clientSecret,
  DATA_DIR: join(folder, "app"),
  APP_BASE_URL: "http://localhost:3000",
});
const local = async (path: string, method = "GET") => (await fetch(`${org.url}${path}`, { method })).json();

const { and, eq } = await import("drizzle-orm");
const { getDatabase } = await import("@/server/db/get-database");
const { seedDemoData } = await import("@/server/demo/seed-demo-data");
const { getJobQueue } = await import("@/server/jobs/get-job-queue");
const { startSalesforceSyncWorker } = await import("@/server/jobs/start-salesforce-sync-worker");
const { createApiKey } = await import("@/server/auth/create-api-key");
const { createQuote } = await import("@/server/quotes/create-quote");
const { updateQuote } = await import("@/server/quotes/update-quote");
const { publishQuote } = await import("@/server/quotes/publish-quote");
const { connectLocalOrgAtStart } = await import("@/server/salesforce/connect-local-org-at-start");
const { defaultSyncPolicy } = await import("@/server/salesforce/sync-policy");
const { salesforceSyncStates } = await import("@/server/db/schema/salesforce");
const { publishableQuote } = await import("@/server/testing/publishable-quote");

const db = await getDatabase();
await seedDemoData({ db });
const boss = await getJobQueue();
await startSalesforceSyncWorker({ boss, db, policy: { ...defaultSyncPolicy, pollingIntervalSeconds: 0.5 } });
if (!(await connectLocalOrgAtStart({ db }))) throw new Error("the local org was not connected");
const key = await createApiKey({ db, name: "bench" });
const actor = { kind: "apiKey" as const, apiKeyId: key.id, name: "bench" };
const product = await db.query.products.findFirst();
const customer = await db.query.customers.findFirst();
if (!product || !customer) throw new Error("the demo data was not loaded");

for (const records of SIZES) {
  const quote = await createQuote({ db, actor, body: { salesforceOpportunityId: "006Lo000000000pIAA" } });
  await updateQuote({
    db,
    actor,
    id: quote.id,
    body: publishableQuote({
      productId: product.id,
      customerId: customer.id,
      phases: 1,
      pricesPerPhase: records - FIXED_RECORDS,
    }),
  });
  await local("/__local/requests", "DELETE");
  const started = performance.now();
  await publishQuote({ db, actor, id: quote.id, body: { sendRecipientsEmail: false } });
  for (;;) {
    const [state] = await db
      .select()
      .from(salesforceSyncStates)
      .where(and(eq(salesforceSyncStates.entityType, "quote"), eq(salesforceSyncStates.entityId, quote.id)));
    if (state?.lastError) throw new Error(`the sync failed: ${state.lastError.code}: ${state.lastError.message}`);
    if (state && (state.syncedVersion ?? -1) >= (state.requestedVersion ?? 0)) break;
    if (performance.now() - started > 120_000) throw new Error("the sync did not finish within 2 minutes");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const ms = Math.round(performance.now() - started);
  const { apiCalls } = (await local("/__local/requests")) as { apiCalls: number };
  console.log(JSON.stringify({ bench: "publish-api-calls", records, calls: apiCalls, ms }));
}

await boss.stop({ graceful: false, wait: true, close: false });
await org.stop();
rmSync(folder, { recursive: true, force: true });
process.exit(0);
