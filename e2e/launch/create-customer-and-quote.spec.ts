import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { apiGet } from "@/e2e/support/app-api";
import { accountCustomerId } from "@/e2e/support/org-api";
import { orgUrl } from "@/e2e/support/urls";
import { demoAccountId, demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";

const ACME = demoAccountId(11);
const PLATFORM_RENEWAL = demoOpportunityId(51);

test("a rep clicks Create Sequence Quote, creates the customer from the account and starts a draft", async ({
  page,
}) => {
  // Where a rep starts: the opportunity in Salesforce.
  await page.goto(`${orgUrl}/lightning/r/Opportunity/${PLATFORM_RENEWAL}/view`);
  await page.getByRole("button", { name: "Log in as Rita Reyes" }).click();
  await page.getByRole("link", { name: "Create Sequence Quote" }).click();

  // Not signed in to the app yet: through Salesforce's OAuth (pre-authorized) and back to the launch view.
  await expect(page.getByRole("heading", { level: 1, name: "Acme Corporation - Platform renewal" })).toBeVisible();
  await expect(page).toHaveURL(`/launch?opportunityId=${PLATFORM_RENEWAL}`);
  await expect(page.getByRole("banner")).toContainText("Rita Reyes");
  await expect(
    page.getByRole("heading", { name: "Account Acme Corporation isn't linked to a customer yet" }),
  ).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole("button", { name: "Create customer Acme Corporation" }).click();
  await expect(page.getByRole("heading", { name: "Customer", exact: true })).toBeFocused();
  await expect(
    page.getByText("Quoting for Acme Corporation, the customer linked to account Acme Corporation."),
  ).toBeVisible();
  await expect(
    page.getByText(/^Wrote Sequence Customer ID [0-9a-f-]{36} to account Acme Corporation in Salesforce\.$/),
  ).toBeVisible();
  await expect(page.getByText("No quotes for this opportunity yet. Click New quote to start a draft.")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Saved on both sides: one customer with the account's details, and its id on the account.
  const found = await apiGet(page, `/api/customers?legalName=${encodeURIComponent("Acme Corporation")}`);
  expect(found.items).toHaveLength(1);
  const customer = found.items[0];
  expect(customer).toMatchObject({
    legalName: "Acme Corporation",
    currency: "USD",
    address: { line1: "500 Market Street", town: "San Francisco", state: "CA", postcode: "94105", country: "US" },
    integrationIds: [{ service: "Salesforce", id: ACME }],
    contacts: [{ name: "Jordan Lee", email: "jordan.lee@acme.example.com", billingPreference: "PRIMARY" }],
  });
  expect(await accountCustomerId(ACME)).toBe(customer.id);

  // Back in Salesforce the account shows the link, and the button now leads straight to the quotes.
  await page.getByRole("link", { name: "Back to the opportunity in Salesforce" }).click();
  await expect(page.locator("dt", { hasText: "Sequence Customer ID" }).locator("+ dd")).toHaveText(customer.id);
  await page.getByRole("link", { name: "Create Sequence Quote" }).click();
  await expect(page.getByRole("heading", { name: "Customer", exact: true })).toBeVisible();

  // From the keyboard, as a rep in a hurry would.
  await page.getByRole("button", { name: "New quote" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quotes\/[0-9a-f-]{36}$/);
  const quoteId = new URL(page.url()).pathname.split("/").pop();
  const quote = await apiGet(page, `/api/quotes/${quoteId}`);
  expect(quote).toMatchObject({
    status: "DRAFT",
    customerId: customer.id,
    title: "Acme Corporation - Platform renewal",
    currency: "USD",
    preliminaryBillingStartDate: "2026-12-15",
    salesforceOpportunityId: PLATFORM_RENEWAL,
  });

  // The opportunity's quotes list it on the next launch.
  await page.goto(`/launch?opportunityId=${PLATFORM_RENEWAL}`);
  const row = page.getByRole("row", { name: /Acme Corporation - Platform renewal/ });
  await expect(row).toContainText("Draft");
  await expect(row.getByRole("link", { name: "Acme Corporation - Platform renewal" })).toHaveAttribute(
    "href",
    `/quotes/${quoteId}`,
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
