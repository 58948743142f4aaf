import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { executeRows } from "@/server/db/execute-rows";
import { salesforceSyncStates } from "@/server/db/schema/salesforce";
import { testDatabases } from "@/server/db/test-databases";
import { resumeOrphanedSyncs } from "@/server/jobs/resume-orphaned-syncs";
import { openSyncTestDatabase, type SyncTestDatabase } from "@/server/testing/sync-test-harness";

vi.mock("@/server/jobs/get-job-queue", async () => ({
  getJobQueue: (await import("@/server/testing/held-job-queue")).getHeldJobQueue,
}));

describe.each(testDatabases())("quotes left waiting without a job on $name", (database) => {
  let t: SyncTestDatabase;
  beforeAll(async () => {
    t = await openSyncTestDatabase(database);
  });
  afterAll(() => t.close());

  const jobsFor = async (id: string) =>
    (
      await executeRows<{ n: number }>(
        t.handle.db,
        sql`select count(*)::int as n from pgboss.job where name = 'salesforce-sync' and state < 'completed' and data->>'entityId' = ${id}`,
      )
    )[0]?.n;

  it("get a job again, unless one is on its way or the failure waits for an admin", async () => {
    const ids = [
      "0190dae7-0000-7000-8000-00000000000a",
      "0190dae7-0000-7000-8000-00000000000b",
      "0190dae7-0000-7000-8000-00000000000c",
      "0190dae7-0000-7000-8000-00000000000d",
    ];
    const at = new Date().toISOString();
    await t.handle.db.insert(salesforceSyncStates).values([
      // Its last retry expired with its worker: nothing will write it.
      {
        entityType: "quote",
        entityId: ids[0]!,
        requestedVersion: 4,
        syncedVersion: 2,
        isPending: true,
        lastError: { code: "TIMEOUT", message: "", at, permanent: false },
      },
      // Refused: waits for an admin.
      {
        entityType: "quote",
        entityId: ids[1]!,
        requestedVersion: 4,
        syncedVersion: 2,
        isPending: false,
        lastError: { code: "INVALID_FIELD", message: "", at, permanent: true },
      },
      // In Salesforce already.
      { entityType: "quote", entityId: ids[2]!, requestedVersion: 4, syncedVersion: 4, isPending: false },
      // Waiting, with its job queued.
      { entityType: "quote", entityId: ids[3]!, requestedVersion: 2, isPending: true },
    ]);
    await t.boss.send("salesforce-sync", { entityType: "quote", entityId: ids[3], revision: 2 });
    expect(await resumeOrphanedSyncs({ db: t.handle.db })).toBe(1);
    expect(await Promise.all(ids.map(jobsFor))).toEqual([1, 0, 0, 1]);
    expect(await resumeOrphanedSyncs({ db: t.handle.db })).toBe(0);
  });
});
