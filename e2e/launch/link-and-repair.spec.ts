import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { apiGet } from "@/e2e/support/app-api";
import { accountCustomerId, setAccountFields } from "@/e2e/support/org-api";
import { signInAs } from "@/e2e/support/sign-in";
import { demoAccountId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";

const ORBITAL = demoAccountId(15);
const LOGISTICS_API = demoOpportunityId(57);

test("a rep links an existing customer, and a link Salesforce lost is repaired on the next launch", async ({
  page,
}) => {
  await signInAs(page, "Rita Reyes", `/launch?opportunityId=${LOGISTICS_API}`);
  await expect(page.getByText("Account Orbital Freight Ltd has no Sequence Billing Contact")).toBeVisible();

  await page.getByLabel("Search customers by name").fill("Initech");
  await page.getByRole("button", { name: "Link Initech Ltd" }).click();
  await expect(page.getByRole("heading", { name: "Customer", exact: true })).toBeFocused();
  await expect(page.getByText("Linked customer Initech Ltd to account Orbital Freight Ltd.")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const [initech] = (await apiGet(page, "/api/customers?legalName=Initech")).items;
  expect(initech.integrationIds).toEqual([expect.objectContaining({ service: "Salesforce", id: ORBITAL })]);
  expect(await accountCustomerId(ORBITAL)).toBe(initech.id);

  // Someone clears the field in Salesforce; the next launch puts it back.
  await setAccountFields(ORBITAL, { Sequence_Customer_ID__c: null });
  await page.reload();
  await expect(
    page.getByText(`Wrote Sequence Customer ID ${initech.id} to account Orbital Freight Ltd in Salesforce.`),
  ).toBeVisible();
  expect(await accountCustomerId(ORBITAL)).toBe(initech.id);
  await expect(
    page.getByText("Quoting for Initech Ltd, the customer linked to account Orbital Freight Ltd."),
  ).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
