#!/usr/bin/env node
// Starts one server for the Playwright run on a fresh data folder under .data/e2e/, so every run
// begins from the same state. Usage: node scripts/e2e-server.mjs app
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const which = process.argv[2];
const dataDir = path.join(root, ".data", "e2e", which ?? "");
if (which !== "app") {
  console.error("usage: node scripts/e2e-server.mjs app");
  process.exit(2);
}
fs.rmSync(dataDir, { recursive: true, force: true });
const child = spawn("node", [path.join(root, "scripts", "start.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, DATA_DIR: dataDir, DEMO_DATA: "true" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
