import { defineConfig } from "@playwright/test";

const appPort = Number(process.env.E2E_APP_PORT ?? 3100);
const orgPort = Number(process.env.E2E_ORG_PORT ?? 4110);
/** Specs read the local org's address from here (e2e/support/urls.ts). */
process.env.E2E_ORG_URL = `http://127.0.0.1:${orgPort}`;

/**
 * End-to-end specs run in Debian's Chromium (Playwright cannot download a browser here) against the
 * production build and the local Salesforce org (started beside it by scripts/start.mjs), on fresh
 * data folders. The flags keep a root, headless Chromium off the network.
 */
export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: process.env.CI === "true",
  reporter: process.env.CI === "true" ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${appPort}`,
    viewport: { width: 1280, height: 720 },
    trace: "retain-on-failure",
    launchOptions: {
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
    },
  },
  webServer: [
    {
      command: "node scripts/e2e-server.mjs app",
      url: `http://localhost:${appPort}/api/health`,
      env: { PORT: String(appPort), LOCAL_ORG_PORT: String(orgPort) },
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
