import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..", "..");

export type BenchApp = { baseURL: string; orgUrl: string; browser: Browser; stop: () => Promise<void> };

async function waitUntilUp(url: string, app: ChildProcess): Promise<void> {
  const deadline = Date.now() + 600_000; // a build may come first
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the app stopped while starting (exit code ${app.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not answer at ${url}`);
}

/**
 * The production app and the local Salesforce org, started the way the e2e specs start them
 * (scripts/start.mjs) on the benchmark's own ports and a fresh data folder, plus a Chromium with the
 * flags that keep it off the network.
 */
export async function startBenchApp({
  name,
  appPort,
  orgPort,
}: {
  name: string;
  appPort: number;
  orgPort: number;
}): Promise<BenchApp> {
  const dataDir = path.join(root, ".data", "bench", name);
  fs.rmSync(dataDir, { recursive: true, force: true });
  // Its own process group, so stopping it stops the org and Next.js it starts too.
  const app = spawn("node", [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(appPort),
      LOCAL_ORG_PORT: String(orgPort),
      DATA_DIR: dataDir,
      DEMO_DATA: "true",
    },
  });
  const stopApp = () => {
    if (app.pid && app.exitCode === null) process.kill(-app.pid, "SIGTERM");
  };
  try {
    const baseURL = `http://localhost:${appPort}`;
    await waitUntilUp(`${baseURL}/api/health`, app);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    return {
      baseURL,
      orgUrl: `http://127.0.0.1:${orgPort}`,
      browser,
      stop: async () => {
        await browser.close();
        stopApp();
      },
    };
  } catch (error) {
    stopApp();
    throw error;
  }
}
