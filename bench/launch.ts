/**
 * `npx tsx bench/launch.ts` (run by `npm run bench`): how long a rep waits from clicking **Create
 * Sequence Quote** on an opportunity to an editable builder, already signed in to Salesforce and to
 * the app, with the account already linked to its customer.
 *
 * Per run: on the local org's opportunity page, the clock starts at the button click; the launch
 * view loads (one SOQL query with the rep's token), the rep clicks New quote (no human think time
 * is counted: the click follows as soon as the button is ready), the draft is created and the builder
 * opens; the clock stops when the builder's title field is editable and its totals are shown. The
 * first run is a warm-up and is not counted.
 *
 * Prints one JSON line: {"bench": "launch", "msToInteractive": median, "p95Ms": …, "launchViewMs": median, "runs": N}.
 */
import type { Page } from "@playwright/test";
import { startBenchApp } from "@/bench/support/bench-app";
import { demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";

const RUNS = 12;
const PLATFORM_RENEWAL = demoOpportunityId(51);

const percentile = (sorted: readonly number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)] ?? Number.NaN;

async function launchOnce(page: Page, orgUrl: string): Promise<{ total: number; view: number }> {
  await page.goto(`${orgUrl}/lightning/r/Opportunity/${PLATFORM_RENEWAL}/view`);
  const button = page.getByRole("link", { name: "Create Sequence Quote" });
  await button.waitFor();
  const started = performance.now();
  await button.click();
  const newQuote = page.getByRole("button", { name: "New quote" });
  await newQuote.waitFor();
  const view = performance.now() - started;
  await newQuote.click();
  await page.waitForURL(/\/quotes\/[0-9a-f-]{36}$/);
  const title = page.getByRole("textbox", { name: "Title", exact: true });
  await title.waitFor();
  await page.locator('[data-total="tcv"]').waitFor();
  if (!(await title.isEditable())) throw new Error("the builder opened read-only");
  return { total: performance.now() - started, view };
}

async function run(): Promise<void> {
  const { baseURL, orgUrl, browser, stop } = await startBenchApp({
    name: "launch",
    appPort: Number(process.env.BENCH_APP_PORT ?? 3163),
    orgPort: Number(process.env.BENCH_ORG_PORT ?? 4163),
  });
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // Sign in to Salesforce and the app, and link the account, as a rep would have on an earlier day.
    await page.goto(`${orgUrl}/lightning/r/Opportunity/${PLATFORM_RENEWAL}/view`);
    await page.getByRole("button", { name: "Log in as Rita Reyes" }).click();
    await page.getByRole("link", { name: "Create Sequence Quote" }).click();
    await page.getByRole("button", { name: "Create customer Acme Corporation" }).click();
    await page.getByRole("button", { name: "New quote" }).waitFor();

    const runs: { total: number; view: number }[] = [];
    for (let index = 0; index <= RUNS; index += 1) {
      const timing = await launchOnce(page, orgUrl);
      if (index > 0) runs.push(timing);
    }
    const totals = runs.map((timing) => timing.total).sort((a, b) => a - b);
    const views = runs.map((timing) => timing.view).sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        bench: "launch",
        msToInteractive: Math.round(percentile(totals, 0.5)),
        p95Ms: Math.round(percentile(totals, 0.95)),
        launchViewMs: Math.round(percentile(views, 0.5)),
        runs: runs.length,
      }),
    );
    await context.close();
  } finally {
    await stop();
  }
}

await run();
