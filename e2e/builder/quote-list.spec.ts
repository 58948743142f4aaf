import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createQuote, customerIdByName } from "@/e2e/builder/builder-api";
import { signInAs } from "@/e2e/support/sign-in";

test.use({ locale: "en-US" });

test("a rep's quote list: empty at first, then their quotes with customer and total, linking into the builder", async ({
  page,
}) => {
  await signInAs(page, "Sam Okafor", "/quotes");
  await expect(page.getByRole("heading", { level: 2, name: "No quotes yet" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const quote = await createQuote(page, {
    title: "Umbrella expansion",
    customerId: await customerIdByName(page, "Umbrella Kabushiki Kaisha"),
    currency: "JPY",
    preliminaryBillingStartDate: "2027-04-01",
    salesforceOpportunityId: "006000000000001AAA",
  });
  await page.reload();
  const row = page.getByRole("row", { name: /Umbrella expansion/ });
  await expect(row).toContainText("Draft");
  await expect(row).toContainText("Umbrella Kabushiki Kaisha");
  await expect(row.getByRole("link", { name: "006000000000001AAA" })).toHaveAttribute(
    "href",
    "/launch?opportunityId=006000000000001AAA",
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await row.getByRole("link", { name: "Umbrella expansion" }).click();
  await expect(page).toHaveURL(new RegExp(`/quotes/${quote.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Umbrella expansion" })).toBeVisible();
});

test("the builder asks a visitor without a session to sign in, and comes back to the quote", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/quotes/0190f5a4-0000-7000-8000-000000000000");
  const signIn = page.getByRole("link", { name: "Sign in with Salesforce" }).last();
  await expect(page.getByRole("heading", { name: "Sign in to open this quote" })).toBeVisible();
  await expect(signIn).toHaveAttribute("href", "/auth/login?returnTo=%2Fquotes%2F0190f5a4-0000-7000-8000-000000000000");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await context.close();
});
