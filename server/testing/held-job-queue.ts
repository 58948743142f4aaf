import type PgBoss from "pg-boss";

let held: PgBoss | undefined;

/**
 * Tests replace `getJobQueue` with this (vi.mock), so services enqueue on a queue started on the
 * test database rather than the process's own.
 */
export function holdJobQueue(boss: PgBoss | undefined): void {
  held = boss;
}

export async function getHeldJobQueue(): Promise<PgBoss> {
  if (!held) throw new Error("no test job queue is held; call holdJobQueue() in beforeAll");
  return held;
}
