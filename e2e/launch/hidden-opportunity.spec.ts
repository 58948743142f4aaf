import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { apiGet } from "@/e2e/support/app-api";
import { accountCustomerId } from "@/e2e/support/org-api";
import { signInAs } from "@/e2e/support/sign-in";
import { demoAccountId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";

const SAMS_ENTERPRISE_PLAN = demoOpportunityId(61);

test("a rep opening another rep's opportunity gets a page that says so, and nothing is created", async ({ page }) => {
  await signInAs(page, "Rita Reyes", `/launch?opportunityId=${SAMS_ENTERPRISE_PLAN}`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Salesforce doesn't let you see this opportunity" }),
  ).toBeVisible();
  await expect(page.getByText(/Salesforce doesn't let you \(Rita Reyes\) see this opportunity/)).toContainText(
    "Ask its owner or your Salesforce admin to share it with you, then click Create Sequence Quote again. Nothing was created.",
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  expect((await apiGet(page, `/api/customers?legalName=${encodeURIComponent("Bright Harbour")}`)).items).toEqual([]);
  expect((await apiGet(page, `/api/quotes?salesforceOpportunityId=${SAMS_ENTERPRISE_PLAN}`)).items).toEqual([]);
  expect(await accountCustomerId(demoAccountId(16))).toBeNull();
});

test("a link that names no opportunity says what to do", async ({ page }) => {
  await page.goto("/launch?opportunityId=not-an-id");
  await expect(page.getByRole("heading", { level: 1, name: "This link doesn't name an opportunity" })).toBeVisible();
  await expect(page.getByText('The opportunity id "not-an-id" is not a Salesforce record id')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
