import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/server/env";

type AppSecrets = { sessionSecret: string; tokenEncryptionKey: string };

let cached: AppSecrets | undefined;

/**
 * The keys for session cookies and for Salesforce tokens at rest. Configured ones win; otherwise they
 * are generated once into DATA_DIR (readable by the owner only), so the embedded default works with
 * no setup and sessions survive a restart. With PostgreSQL in production they must be configured,
 * because every instance must share them.
 */
export function getAppSecrets(): AppSecrets {
  if (cached) return cached;
  const env = getEnv();
  if (env.SESSION_SECRET && env.TOKEN_ENCRYPTION_KEY) {
    cached = { sessionSecret: env.SESSION_SECRET, tokenEncryptionKey: env.TOKEN_ENCRYPTION_KEY };
    return cached;
  }
  if (env.DATABASE_URL && env.NODE_ENV === "production") {
    throw new Error(
      "SESSION_SECRET and TOKEN_ENCRYPTION_KEY must be set (32+ random characters each) when the app runs on PostgreSQL in production: every instance must share them.",
    );
  }
  const file = path.resolve(env.DATA_DIR, "secrets.json");
  let stored: Partial<AppSecrets> = {};
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<AppSecrets>;
  const generated: AppSecrets = {
    sessionSecret: stored.sessionSecret ?? randomBytes(32).toString("base64url"),
    tokenEncryptionKey: stored.tokenEncryptionKey ?? randomBytes(32).toString("base64url"),
  };
  if (!stored.sessionSecret || !stored.tokenEncryptionKey) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(generated), { mode: 0o600 });
  }
  cached = {
    sessionSecret: env.SESSION_SECRET ?? generated.sessionSecret,
    tokenEncryptionKey: env.TOKEN_ENCRYPTION_KEY ?? generated.tokenEncryptionKey,
  };
  return cached;
}
