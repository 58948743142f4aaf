import { vi } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { createApiKey } from "@/server/auth/create-api-key";
import type { DatabaseHandle } from "@/server/db/database";
import type { TestDatabase } from "@/server/db/test-databases";
import { seedDemoData } from "@/server/demo/seed-demo-data";
import { createJobQueue } from "@/server/jobs/create-job-queue";
import { createSalesforceSyncQueue } from "@/server/jobs/create-salesforce-sync-queue";
import { defaultSyncPolicy } from "@/server/salesforce/sync-policy";
import { holdDatabase } from "@/server/testing/held-database";
import { holdJobQueue } from "@/server/testing/held-job-queue";
import type { LocalOrgOptions } from "@/tools/local-salesforce/local-org-options";
import { API_VERSION, ADA, startTestOrg, type TestOrg } from "@/tools/local-salesforce/testing/test-org";
import type PgBoss from "pg-boss";

/** The demo org's opportunity "Acme Corporation - Platform renewal", owned by Rita Reyes, account Acme. */
export const ACME_OPPORTUNITY = "006Lo000000000pIAA";
export const ACME_ACCOUNT = "001Lo000000000BIAQ";
const APP_URL = "http://cpq.test";
export const RITA_ID = "005Lo0000000002IAA";

/**
 * A local org for a test file, with the app configured to use it (its login URL and connected app),
 * as `npm start` configures the app for the embedded org. One per file: the configuration is read once.
 */
export async function startSyncTestOrg(
  options: Partial<LocalOrgOptions> = {},
): Promise<TestOrg & { query: (soql: string) => Promise<Record<string, unknown>[]> }> {
  // The org's callback URL is the app's, so a test can run the OAuth web-server flow against it.
  const started = await startTestOrg({ appUrl: APP_URL, ...options });
  // The org runs in the test's own process: when the test keeps the event loop busy, a kept-alive socket
  // can be closed by the server just as fetch reuses it. Such a request never reached the org; send it again.
  const again =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } catch (error) {
        if ((error as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") throw error;
        return call(...args);
      }
    };
  const org = { ...started, local: again(started.local), api: again(started.api), token: again(started.token) };
  vi.stubEnv("SALESFORCE_LOGIN_URL", org.url);
  vi.stubEnv("SALESFORCE_CLIENT_ID", org.clientId);
  vi.stubEnv("SALESFORCE_CLIENT_SECRET", org.clientSecret);
  vi.stubEnv("SALESFORCE_API_VERSION", API_VERSION);
  vi.stubEnv("APP_BASE_URL", APP_URL);
  return {
    ...org,
    query: async (soql) => {
      const token = await org.token(ADA);
      const response = await org.api(token, "GET", `/query?q=${encodeURIComponent(soql)}`);
      if (response.status !== 200) throw new Error(`query failed: ${JSON.stringify(response.body)}`);
      return (response.body as { records: Record<string, unknown>[] }).records;
    },
  };
}

export type SyncTestDatabase = {
  handle: DatabaseHandle;
  boss: PgBoss;
  actor: Actor;
  productId: string;
  customerId: string;
  close: () => Promise<void>;
};

/** A fresh database with the demo data, a started job queue on it, both held for the services under test. */
export async function openSyncTestDatabase(database: TestDatabase): Promise<SyncTestDatabase> {
  const handle = await database.open();
  await seedDemoData({ db: handle.db });
  const boss = createJobQueue({ handle });
  await boss.start();
  await createSalesforceSyncQueue({ boss, policy: defaultSyncPolicy });
  holdDatabase(handle.db);
  holdJobQueue(boss);
  const product = await handle.db.query.products.findFirst();
  const customer = await handle.db.query.customers.findFirst();
  if (!product || !customer) throw new Error("the demo data was not loaded");
  const key = await createApiKey({ db: handle.db, name: "sync test" });
  return {
    handle,
    boss,
    actor: { kind: "apiKey", apiKeyId: key.id, name: "sync test" },
    productId: product.id,
    customerId: customer.id,
    close: async () => {
      holdJobQueue(undefined);
      holdDatabase(undefined);
      await boss.stop({ graceful: false, wait: true, close: false });
      await handle.close();
    },
  };
}
