import { randomUUID } from "node:crypto";
import pg from "pg";
import type { DatabaseHandle } from "@/server/db/database";
import { openDatabase } from "@/server/db/open-database";

export type TestDatabase = { name: "pglite" | "postgres"; open: () => Promise<DatabaseHandle> };

/**
 * The databases every database test runs against: an in-memory PGlite always, and PostgreSQL when
 * TEST_DATABASE_URL is set. Each `open()` gives a fresh, migrated database of its own (a new
 * PostgreSQL database, dropped on close), so test files can run in parallel.
 */
export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [
    {
      name: "pglite",
      open: async () => {
        const handle = await openDatabase({ kind: "pglite", dir: "memory://" });
        await handle.migrate();
        return handle;
      },
    },
  ];
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    list.push({ name: "postgres", open: () => openFreshPostgres(adminUrl) });
  }
  return list;
}

async function openFreshPostgres(adminUrl: string): Promise<DatabaseHandle> {
  const name = `cpq_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 5 });
  await handle.migrate();
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
