import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import {
  buildTwoPhaseQuote,
  expectTotalsMatchCli,
  expectTwoPhaseQuoteReloaded,
  expectTwoPhaseQuoteSaved,
} from "@/e2e/builder/two-phase-quote";
import { apiGet } from "@/e2e/support/app-api";
import { accountCustomerId } from "@/e2e/support/org-api";
import { orgUrl } from "@/e2e/support/urls";
import { demoAccountId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";

test.use({ locale: "en-US", timezoneId: "UTC" });

// Accounts no other spec needs unlinked; yen also takes a currency without minor units through the whole flow.
const SAKURA = demoAccountId(17);
const SEATS_AND_USAGE = demoOpportunityId(63);
/** Year 1's API calls come to ¥78,000 a month, under the ¥80,000 minimum, so it tops up. */
const figures = { listSeatPrice: "6500", minimum: "80000" };

/**
 * Issue 5's journey from end to end, as a rep lives it: the opportunity in Salesforce, the button,
 * sign-in, the customer made from the account, a two-phase quote built in the builder whose totals are
 * exactly what `npm run price` gives, everything still there after a reload, and, once published from
 * the builder, the quote with its phases and prices under the opportunity in Salesforce.
 */
test("from the opportunity in Salesforce to a saved, priced two-phase quote", async ({ page }) => {
  await page.goto(`${orgUrl}/lightning/r/Opportunity/${SEATS_AND_USAGE}/view`);
  await page.getByRole("button", { name: "Log in as Sam Okafor" }).click();
  await page.getByRole("link", { name: "Create Sequence Quote" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Sakura Systems KK - Seats and usage" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Sam Okafor");
  await page.getByRole("button", { name: "Create customer Sakura Systems KK" }).click();
  await expect(
    page.getByText(/^Wrote Sequence Customer ID [0-9a-f-]{36} to account Sakura Systems KK in Salesforce\.$/),
  ).toBeVisible();
  const customers = await apiGet(page, `/api/customers?legalName=${encodeURIComponent("Sakura Systems KK")}`);
  expect(customers.items).toHaveLength(1);
  expect(await accountCustomerId(SAKURA)).toBe(customers.items[0].id);

  await page.getByRole("button", { name: "New quote" }).click();
  await expect(page).toHaveURL(/\/quotes\/[0-9a-f-]{36}$/);
  const quoteId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: "Sakura Systems KK - Seats and usage" })).toBeVisible();
  expect(await apiGet(page, `/api/quotes/${quoteId}`)).toMatchObject({
    customerId: customers.items[0].id,
    currency: "JPY",
    salesforceOpportunityId: SEATS_AND_USAGE,
  });

  await buildTwoPhaseQuote(page, figures);
  await expectTwoPhaseQuoteSaved(page, quoteId, figures);
  await expectTotalsMatchCli(page, quoteId, "JPY");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.reload();
  await expectTwoPhaseQuoteReloaded(page, figures);
  await expectTotalsMatchCli(page, quoteId, "JPY");

  // Publish from the builder: the quote, its phases and prices appear under the opportunity in Salesforce.
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const confirm = page.getByRole("dialog", { name: /^Publish: / });
  await confirm.getByRole("button", { name: "Publish to customer" }).click();
  const done = page.getByRole("dialog", { name: /Published Q\d{5}/ });
  await expect(done.getByRole("textbox", { name: "Customer link" })).toHaveValue(/\/q\//);
  const quoteNumber = ((await done.getByRole("heading").first().textContent()) ?? "").match(/Q\d{5}/)?.[0] ?? "";
  expect(quoteNumber).toMatch(/^Q\d{5}$/);
  await done.getByRole("button", { name: "Close" }).click();
  await expect(page.getByText(/In Salesforce, updated/)).toBeVisible({ timeout: 30_000 });

  await page.goto(`${orgUrl}/lightning/r/Opportunity/${SEATS_AND_USAGE}/view`);
  const written = page.getByRole("article", { name: new RegExp(quoteNumber) });
  await expect(written).toContainText("PUBLISHED");
  for (const year of ["Year 1", "Year 2"]) {
    await expect(written.getByRole("region", { name: `Phase ${year}` })).toBeVisible();
    const prices = written.getByRole("table", { name: `Prices in ${year}` });
    await expect(prices.getByRole("row", { name: /User seats/ })).toBeVisible();
    await expect(prices.getByRole("row", { name: /API calls/ })).toBeVisible();
  }
  await expect(written).toContainText("Launch discount on seats");
});
