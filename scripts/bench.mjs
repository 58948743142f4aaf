#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/ one after another (so they do not compete for the
// two cores) and passes their output through. Each prints one JSON line per figure:
// {"bench": "<name>", ...figures}.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv.slice(2);
const benches = fs
  .readdirSync(path.join(root, "bench"))
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();
if (benches.length === 0) {
  console.error(only.length ? `no benchmark matches ${only.join(", ")}` : "no benchmarks in bench/");
  process.exit(1);
}
let failed = false;
for (const file of benches) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", path.join("bench", file)], {
    cwd: root,
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
  });
  if (result.status !== 0) {
    console.error(`bench/${file} failed`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
