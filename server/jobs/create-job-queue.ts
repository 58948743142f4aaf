import PgBoss from "pg-boss";
import type { DatabaseHandle } from "@/server/db/database";

/**
 * A pg-boss queue on the app's own database (its tables live in the `pgboss` schema and it migrates
 * them itself), reached through the handle so it works on PGlite as well as PostgreSQL. Not started.
 */
export function createJobQueue({ handle }: { handle: DatabaseHandle }): PgBoss {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => handle.executeSql(text, values) },
    schema: "pgboss",
    // Our recurring work is scheduled by the workers themselves; pg-boss's cron is not needed.
    schedule: false,
    supervise: true,
  });
  boss.on("error", (error) => console.error("[jobs] queue error", error));
  return boss;
}
