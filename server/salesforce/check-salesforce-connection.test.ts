import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { salesforcePackageDir } from "@/salesforce/package-dir";
import { testDatabases } from "@/server/db/test-databases";
import { createQuote } from "@/server/quotes/create-quote";
import { checkSalesforceConnection } from "@/server/salesforce/check-salesforce-connection";
import { connectLocalOrgAtStart } from "@/server/salesforce/connect-local-org-at-start";
import { getSalesforceConnection } from "@/server/salesforce/get-salesforce-connection";
import { runConnectionCheck } from "@/server/salesforce/run-connection-check";
import { openSyncTestDatabase, startSyncTestOrg, type SyncTestDatabase } from "@/server/testing/sync-test-harness";

vi.mock("@/server/db/get-database", async () => ({
  getDatabase: (await import("@/server/testing/held-database")).getHeldDatabase,
}));
vi.mock("@/server/jobs/get-job-queue", async () => ({
  getJobQueue: (await import("@/server/testing/held-job-queue")).getHeldJobQueue,
}));

/** The package as an org might have an older version of it: without a field the sync writes. */
const packageDir = mkdtempSync(join(tmpdir(), "package-"));
cpSync(salesforcePackageDir, packageDir, { recursive: true });
rmSync(join(packageDir, "force-app/main/default/objects/Sequence_Price__c/fields/Tiers__c.field-meta.xml"));

let org: Awaited<ReturnType<typeof startSyncTestOrg>>;
beforeAll(async () => {
  org = await startSyncTestOrg({ packageDir });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await org.stop();
  rmSync(packageDir, { recursive: true, force: true });
});

describe.each(testDatabases())("checking the connected org on $name", (database) => {
  let t: SyncTestDatabase;
  beforeAll(async () => {
    await org.local("/__local/reset", "POST");
    t = await openSyncTestDatabase(database);
  });
  afterAll(() => t.close());

  it("connects the local org at start as its admin, once, and checks it in one API call", async () => {
    await org.local("/__local/requests", "DELETE");
    expect(await connectLocalOrgAtStart({ db: t.handle.db })).toBe(true);
    const { apiCalls } = (await org.local("/__local/requests")).body as { apiCalls: number };
    expect(apiCalls).toBe(1);
    expect(await connectLocalOrgAtStart({ db: t.handle.db })).toBe(false);
    const connection = await getSalesforceConnection({ db: t.handle.db, actor: t.actor });
    expect(connection).toMatchObject({
      connected: true,
      connectedAs: { username: "ada.admin@sequence-demo.test" },
      authFlow: "client_credentials",
      lastCheck: { ok: false },
    });
  });

  it("says in plain words what is missing from the package and how to fix it", async () => {
    const check = await checkSalesforceConnection({ db: t.handle.db });
    const byKey = new Map(check.items.map((item) => [item.key, item]));
    expect(byKey.get("connection")).toMatchObject({ ok: true });
    expect(byKey.get("multi-currency")).toMatchObject({ ok: true });
    expect(byKey.get("currencies")).toMatchObject({ ok: true });
    expect(byKey.get("object:Sequence_Quote__c")).toMatchObject({ ok: true });
    expect(byKey.get("object:Sequence_Price__c")).toMatchObject({
      ok: false,
      detail: "Sequence_Price__c is installed, but missing Tiers__c.",
      fix: expect.stringContaining("Deploy the Sequence CPQ package"),
    });
    expect(byKey.get("opportunity")).toMatchObject({ ok: true });
  });

  it("finds multi-currency off, and a currency the quotes use that the org has not activated", async () => {
    await createQuote({ db: t.handle.db, actor: t.actor, body: { currency: "CHF" } });
    const inactive = await checkSalesforceConnection({ db: t.handle.db });
    expect(inactive.items.find((item) => item.key === "currencies")).toMatchObject({
      ok: false,
      detail: expect.stringContaining("CHF is used by the catalog or quotes but not active"),
      fix: "In Salesforce Setup → Manage Currencies, activate CHF.",
    });
    await org.local("/__local/settings", "POST", { multiCurrency: false });
    try {
      const off = await runConnectionCheck({ db: t.handle.db, actor: t.actor });
      expect(off.lastCheck?.items.find((item) => item.key === "multi-currency")).toMatchObject({
        ok: false,
        fix: expect.stringContaining("enable multiple currencies"),
      });
    } finally {
      await org.local("/__local/settings", "POST", { multiCurrency: true });
    }
  });

  it("is for admins only", async () => {
    const rep = {
      kind: "user" as const,
      userId: "0190dae7-7228-7619-aad8-c51f56733b2b",
      role: "rep" as const,
      name: "R",
    };
    await expect(runConnectionCheck({ db: t.handle.db, actor: rep })).rejects.toMatchObject({ status: 403 });
    await expect(getSalesforceConnection({ db: t.handle.db, actor: rep })).rejects.toMatchObject({ status: 403 });
  });
});
