#!/usr/bin/env node
// `npm test`: installs what the tests need (dependencies; Debian's Chromium when missing), then runs
// the whole suite: typecheck, lint, unit and database tests, the production build and the e2e specs.
// Database tests also run on PostgreSQL when TEST_DATABASE_URL is set.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
const step = (title, command, args) => {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
};

const installed = path.join(root, "node_modules", ".package-lock.json");
if (env.CI === "true" || !fs.existsSync(installed))
  step("install dependencies", "npm", ["ci", "--no-audit", "--no-fund"]);

const chromium = env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  if (typeof process.getuid === "function" && process.getuid() !== 0) {
    console.error(
      `Chromium is missing at ${chromium}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
  step("install Chromium (Debian package)", "sh", ["-c", "apt-get update -qq && apt-get install -y -qq chromium"]);
}

step("typecheck", "npx", ["tsc", "--noEmit"]);
step("lint", "npm", ["run", "--silent", "lint"]);
step(
  `unit and database tests${env.TEST_DATABASE_URL ? " (PGlite and PostgreSQL)" : " (PGlite; set TEST_DATABASE_URL for PostgreSQL too)"}`,
  "npx",
  ["vitest", "run"],
);
step("production build", "npx", ["next", "build"]);
step("end-to-end tests (Playwright, Chromium)", "npx", ["playwright", "test"]);
console.log("\nAll tests passed.");
