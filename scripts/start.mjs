#!/usr/bin/env node
// `npm start`: installs dependencies if they are missing, builds if the build is missing or older
// than the sources, then serves the production build (migrations and demo data run at server start).
// Plain Node with no dependencies, because it runs before `npm ci` on a fresh clone.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

const installed = path.join(root, "node_modules", ".package-lock.json");
if (
  !fs.existsSync(installed) ||
  fs.statSync(installed).mtimeMs < fs.statSync(path.join(root, "package-lock.json")).mtimeMs
) {
  console.log("[start] installing dependencies (npm ci)…");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

const buildId = path.join(root, ".next", "BUILD_ID");
const sources = [
  "app",
  "components",
  "lib",
  "server",
  "public",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
if (!fs.existsSync(buildId) || Math.max(...sources.map(newestMtime)) > fs.statSync(buildId).mtimeMs) {
  console.log("[start] building the app (next build)…");
  run("npx", ["next", "build"]);
}

const port = env.PORT ?? "3000";
const app = spawn("npx", ["next", "start", "-p", port], { cwd: root, stdio: "inherit", env: { ...env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => app.kill(signal));
app.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
