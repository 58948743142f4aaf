#!/usr/bin/env node
// `npm start`: installs dependencies if they are missing, builds if the build is missing or older
// than the sources, starts the local Salesforce org when no Salesforce login URL is configured, then
// serves the production build (migrations and demo data run at server start).
// Plain Node with no dependencies, because it runs before `npm ci` on a fresh clone.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
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

async function waitUntilUp(url, child, what) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} stopped while starting (exit code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not answer at ${url} within 90 s`);
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
const appUrl = (env.APP_BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, "");
const dataDir = path.resolve(root, env.DATA_DIR ?? ".data");
const appEnv = { ...env, PORT: port, APP_BASE_URL: appUrl };
const children = [];

let orgStart;
if (!env.SALESFORCE_LOGIN_URL) {
  // Embedded default: the local Salesforce org stands in for Salesforce. The app and the org share one
  // connected app, whose credentials are generated once per data folder.
  const orgPort = env.LOCAL_ORG_PORT ?? "4010";
  const orgUrl = `http://127.0.0.1:${orgPort}`;
  const credentialsFile = path.join(dataDir, "local-salesforce-app.json");
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(credentialsFile)) {
    const credentials = {
      clientId: `3MVG9${randomBytes(30).toString("base64url")}`,
      clientSecret: randomBytes(32).toString("hex"),
    };
    fs.writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  }
  const { clientId, clientSecret } = JSON.parse(fs.readFileSync(credentialsFile, "utf8"));
  // Node itself (tsx as a loader, not the tsx or npx wrappers), so a signal sent to this script reaches the server.
  const org = spawn(process.execPath, ["--import", "tsx", path.join("tools", "local-salesforce", "main.ts")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...env,
      LOCAL_ORG_PORT: orgPort,
      LOCAL_ORG_DATA_DIR: path.join(dataDir, "local-salesforce"),
      LOCAL_ORG_APP_URL: appUrl,
      LOCAL_ORG_CLIENT_ID: clientId,
      LOCAL_ORG_CLIENT_SECRET: clientSecret,
    },
  });
  children.push(org);
  await waitUntilUp(`${orgUrl}/services/data`, org, "The local Salesforce org");
  Object.assign(appEnv, {
    SALESFORCE_LOGIN_URL: orgUrl,
    SALESFORCE_CLIENT_ID: clientId,
    SALESFORCE_CLIENT_SECRET: clientSecret,
    ADMIN_USERNAMES: env.ADMIN_USERNAMES ?? "ada.admin@sequence-demo.test",
  });
  orgStart = `${orgUrl}/lightning/o/Opportunity/list`;
}

const app = spawn(
  process.execPath,
  [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port],
  {
    cwd: root,
    stdio: "inherit",
    env: appEnv,
  },
);
children.push(app);
const stopAll = (signal) => children.forEach((child) => child.exitCode === null && child.kill(signal));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(signal));
for (const child of children) {
  child.on("exit", (code, signal) => {
    stopAll("SIGTERM");
    process.exit(code ?? (signal ? 1 : 0));
  });
}

await waitUntilUp(`http://127.0.0.1:${port}/api/health`, app, "The app");
console.log(`\nSequence CPQ is running at ${appUrl}`);
if (orgStart) {
  console.log(`Start where a rep starts, on the local Salesforce org's opportunities: ${orgStart}`);
  console.log('Sign in there as Rita Reyes (a rep) or Ada Admin; every demo user\'s password is "password".\n');
}
