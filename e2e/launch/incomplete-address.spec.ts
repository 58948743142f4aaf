import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { apiGet } from "@/e2e/support/app-api";
import { signInAs } from "@/e2e/support/sign-in";
import { orgUrl } from "@/e2e/support/urls";
import { demoAccountId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";

test("a rep sees exactly which field to fix on which Salesforce record, and nothing is created", async ({ page }) => {
  await signInAs(page, "Rita Reyes", `/launch?opportunityId=${demoOpportunityId(55)}`);
  const problems = page.getByRole("alert").filter({ has: page.getByRole("listitem") });
  await expect(problems.getByRole("listitem")).toHaveText([
    "Billing Zip/Postal Code is empty on account Pinecrest Outfitters" +
      "Open account Pinecrest Outfitters in Salesforce (opens in a new tab)",
  ]);
  await expect(problems.getByRole("link", { name: "Open account Pinecrest Outfitters in Salesforce" })).toHaveAttribute(
    "href",
    `${orgUrl}/lightning/r/Account/${demoAccountId(13)}/view`,
  );
  await expect(page.getByRole("button", { name: /^Create customer/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Check again" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.goto(`/launch?opportunityId=${demoOpportunityId(56)}`);
  await expect(page.getByRole("listitem").filter({ hasText: "Billing Country" })).toContainText(
    'Billing Country on account Lumière SAS is "France"; use the two-letter ISO code FR',
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  for (const name of ["Pinecrest", "Lumière"]) {
    expect((await apiGet(page, `/api/customers?legalName=${encodeURIComponent(name)}`)).items).toEqual([]);
  }
});
