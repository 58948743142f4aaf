/**
 * `npm run --silent api-key -- create --name NAME` prints {"clientId": "...", "clientSecret": "..."}.
 * The secret is shown once: only its hash is stored.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { createApiKey } from "@/server/auth/create-api-key";
import { openDatabase } from "@/server/db/open-database";
import { getEnv } from "@/server/env";

const usage = "usage: npm run --silent api-key -- create --name NAME";

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string" } },
  });
  if (positionals[0] !== "create" || positionals.length !== 1) {
    console.error(usage);
    return 2;
  }
  const name = values.name?.trim();
  if (!name) {
    console.error(`--name is required: say what the key is for (for example "Salesforce Flows").\n${usage}`);
    return 2;
  }
  const env = getEnv();
  const handle = await openDatabase(
    env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL }
      : { kind: "pglite", dir: path.resolve(env.DATA_DIR, "db") },
  );
  try {
    await handle.migrate();
    const key = await createApiKey({ db: handle.db, name });
    process.stdout.write(`${JSON.stringify({ clientId: key.clientId, clientSecret: key.clientSecret })}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
