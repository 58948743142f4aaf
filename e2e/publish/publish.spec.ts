import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "@/e2e/support/sign-in";
import { ACME_PLATFORM_RENEWAL, createQuoteThroughApi, publishThroughApi, waitForSync } from "@/e2e/support/quote-api";
import { orgUrl } from "@/e2e/support/urls";

const axe = async (page: Page) => expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

test("a rep publishes a quote; it appears under the opportunity in Salesforce, and the customer can read it", async ({
  page,
}) => {
  await signInAs(page, "Rita Reyes");
  const { id } = await createQuoteThroughApi(page.request, { title: "Acme platform, two-year ramp" });
  const published = await publishThroughApi(page.request, id);
  expect(published.quoteNumber).toMatch(/^Q\d{5}$/);
  await waitForSync(page.request, id);

  // Rita owns the opportunity, so in her (private-sharing) org she sees the quote the integration wrote.
  await page.goto(`${orgUrl}/lightning/r/Opportunity/${ACME_PLATFORM_RENEWAL}/view`);
  const quote = page.getByRole("article", { name: new RegExp(published.quoteNumber) });
  await expect(quote).toContainText("Acme platform, two-year ramp");
  await expect(quote).toContainText("PUBLISHED");
  await expect(quote.getByRole("region", { name: "Phase Year 1" })).toBeVisible();
  await expect(quote.getByRole("region", { name: "Phase Year 2" })).toBeVisible();
  const prices = quote.getByRole("table", { name: "Prices in Year 1" });
  await expect(prices.getByRole("row", { name: /Platform fee/ })).toBeVisible();
  await expect(prices.getByRole("row", { name: /API calls/ })).toBeVisible();
  await expect(quote).toContainText("Multi-year commitment");

  // The customer's link: no sign-in needed, every figure from the pricing engine.
  const buyer = await page.context().browser()!.newContext();
  const customerPage = await buyer.newPage();
  await customerPage.goto(published.buyerUrl);
  await expect(customerPage.getByRole("heading", { level: 1, name: "Acme platform, two-year ramp" })).toBeVisible();
  await expect(customerPage.getByText(`Quote ${published.quoteNumber}`)).toBeVisible();
  // The seller, and a way to reach the rep who prepared it.
  await expect(customerPage.getByText("Sequence CPQ Demo Ltd")).toBeVisible();
  await expect(customerPage.getByRole("link", { name: "Rita Reyes" })).toHaveAttribute(
    "href",
    "mailto:rita.rep@sequence-demo.test",
  );
  await expect(customerPage.getByRole("heading", { level: 2, name: "Phase 1: Year 1" })).toBeVisible();
  await expect(customerPage.getByRole("heading", { level: 2, name: "Invoice schedule" })).toBeVisible();
  const year1 = customerPage.getByRole("table", { name: "Prices in Phase 1: Year 1" });
  await expect(year1.getByRole("row", { name: /^Platform fee/ })).toContainText("$2,000.00 per month");
  await expect(year1.getByRole("row", { name: /^API calls/ })).toContainText("250,000 expected per month");
  await expect(year1.getByRole("row", { name: /Multi-year commitment/ })).toContainText("−$2,400.00");
  await expect(customerPage.getByText("Total contract value")).toBeVisible();
  await expect(customerPage.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await axe(customerPage);

  // A mistyped or cut-short link gets the customer's own explanation, not a bare 404.
  const missing = await customerPage.goto(new URL("/q/not-a-quote-link", published.buyerUrl).href);
  expect(missing?.status()).toBe(404);
  await expect(customerPage.getByRole("heading", { level: 1, name: "We can't find this quote" })).toBeVisible();
  await axe(customerPage);
  await buyer.close();
});

test("an admin sees the connection and its check, publishes from the lifecycle panel, and retries a refused sync", async ({
  page,
}) => {
  await signInAs(page, "Ada Admin", "/admin/salesforce");
  await expect(page.getByRole("heading", { level: 1, name: "Salesforce" })).toBeVisible();
  const connection = page.getByRole("region", { name: "Connection" });
  await expect(connection).toContainText("ada.admin@sequence-demo.test");
  await page.getByRole("button", { name: "Check the connection" }).click();
  await expect(page.getByRole("heading", { name: "Everything the sync needs is in place" })).toBeVisible();
  await expect(page.getByText("Multi-currency is on.")).toBeVisible();
  await axe(page);

  // A quote missing an expected usage quantity: the publish dialog says so, at the field.
  const { id } = await createQuoteThroughApi(page.request, { title: "Admin's quote", withQuantity: false });
  await page.goto(`/admin/quotes/${id}`);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const problems = page.getByRole("dialog", { name: "Before you can publish" });
  await expect(problems).toContainText("Phase 1 “Year 1” › Price 2 “API calls” › Expected quantity");
  await axe(page);
  await problems.getByRole("button", { name: "Close" }).click();

  // Salesforce refuses the first write (a validation rule); the admin fixes the cause and retries.
  const ready = await createQuoteThroughApi(page.request, { title: "Refused once" });
  await page.request.post(`${orgUrl}/__local/faults`, {
    data: {
      method: "POST",
      path: "/services/data/*/composite/graph",
      errorCode: "FIELD_CUSTOM_VALIDATION_EXCEPTION",
      status: 400,
      message: "Quotes need an approved discount",
      times: 1,
    },
  });
  await page.goto(`/admin/quotes/${ready.id}`);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const confirm = page.getByRole("dialog", { name: /Publish: Refused once/ });
  await confirm.getByRole("button", { name: "Publish to customer" }).click();
  const done = page.getByRole("dialog", { name: /Published Q\d{5}/ });
  await expect(done.getByRole("textbox", { name: "Customer link" })).toHaveValue(/\/q\//);
  await done.getByRole("button", { name: "Close" }).click();
  const panel = page.getByRole("region", { name: "Publishing and status" });
  await expect(panel.getByRole("alert")).toContainText("Quotes need an approved discount");

  await page.goto("/admin/sync");
  await expect(page.getByRole("heading", { level: 1, name: "Salesforce sync" })).toBeVisible();
  const row = page.getByRole("row", { name: /Refused once/ });
  await expect(row).toContainText("FIELD_CUSTOM_VALIDATION_EXCEPTION");
  await axe(page);
  await row.getByRole("button", { name: /Retry/ }).click();
  await waitForSync(page.request, ready.id);
  await page.goto(`/admin/quotes/${ready.id}`);
  await expect(page.getByText(/In Salesforce, updated/)).toBeVisible();
  await expect(page.getByRole("link", { name: /Open in Salesforce/ })).toHaveAttribute("href", /Sequence_Quote__c/);
  await axe(page);
});
