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

const BRIGHT_HARBOUR = demoAccountId(16);
const ENTERPRISE_PLAN = demoOpportunityId(61);

/**
 * Issue 5's journey from end to end, as a rep lives it: the opportunity in Salesforce, the button,
 * sign-in, the customer made from the account, a two-phase quote built in the builder whose totals are
 * exactly what `npm run price` gives, and everything still there after a reload.
 */
test("from the opportunity in Salesforce to a saved, priced two-phase quote", async ({ page }) => {
  await page.goto(`${orgUrl}/lightning/r/Opportunity/${ENTERPRISE_PLAN}/view`);
  await page.getByRole("button", { name: "Log in as Sam Okafor" }).click();
  await page.getByRole("link", { name: "Create Sequence Quote" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Bright Harbour Ltd - Enterprise plan" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Sam Okafor");
  await page.getByRole("button", { name: "Create customer Bright Harbour Ltd" }).click();
  await expect(
    page.getByText(/^Wrote Sequence Customer ID [0-9a-f-]{36} to account Bright Harbour Ltd in Salesforce\.$/),
  ).toBeVisible();
  const customers = await apiGet(page, `/api/customers?legalName=${encodeURIComponent("Bright Harbour Ltd")}`);
  expect(customers.items).toHaveLength(1);
  expect(await accountCustomerId(BRIGHT_HARBOUR)).toBe(customers.items[0].id);

  await page.getByRole("button", { name: "New quote" }).click();
  await expect(page).toHaveURL(/\/quotes\/[0-9a-f-]{36}$/);
  const quoteId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: "Bright Harbour Ltd - Enterprise plan" })).toBeVisible();
  expect(await apiGet(page, `/api/quotes/${quoteId}`)).toMatchObject({
    customerId: customers.items[0].id,
    currency: "GBP",
    salesforceOpportunityId: ENTERPRISE_PLAN,
  });

  await buildTwoPhaseQuote(page);
  await expectTwoPhaseQuoteSaved(page, quoteId, "36.00");
  await expectTotalsMatchCli(page, quoteId, "GBP");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.reload();
  await expectTwoPhaseQuoteReloaded(page, "36.00");
  await expectTotalsMatchCli(page, quoteId, "GBP");
});
