import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import type { DatabaseHandle } from "@/server/db/database";
import { testDatabases } from "@/server/db/test-databases";
import { createJobQueue } from "@/server/jobs/create-job-queue";
import { enqueueJob } from "@/server/jobs/enqueue-job";

describe.each(testDatabases())("job queue on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let boss: PgBoss;
  beforeAll(async () => {
    handle = await open();
    boss = createJobQueue({ handle });
    await boss.start();
    await boss.createQueue("test-outbox");
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, wait: true });
    await handle.close();
  });

  it("keeps a job enqueued in a committed transaction and drops one from a rolled-back transaction", async () => {
    await handle.db.execute(sql`create table if not exists outbox_probe (n int)`);
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into outbox_probe values (1)`);
      await enqueueJob({ boss, db: tx, queue: "test-outbox", data: { n: 1, nested: { ok: true } } });
    });
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`insert into outbox_probe values (2)`);
        await enqueueJob({ boss, db: tx, queue: "test-outbox", data: { n: 2 } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");

    const fetched = await boss.fetch<{ n: number; nested?: { ok: boolean } }>("test-outbox", { batchSize: 10 });
    expect(fetched.map((job) => job.data)).toEqual([{ n: 1, nested: { ok: true } }]);
  });
});
