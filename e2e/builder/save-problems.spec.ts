import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createQuote, customerIdByName, readQuote } from "@/e2e/builder/builder-api";
import { signInAs } from "@/e2e/support/sign-in";

test("problems show at their fields, from the form's own checks and from the API, and a failed save keeps the work and retries", async ({
  page,
}) => {
  await signInAs(page, "Rita Reyes", "/quotes");
  const quote = await createQuote(page, {
    title: "Northwind seats",
    customerId: await customerIdByName(page, "Northwind Traders Inc."),
    currency: "USD",
    preliminaryBillingStartDate: "2027-05-01",
  });
  await page.goto(`/quotes/${quote.id}`);
  await page.getByRole("button", { name: "Add phase" }).click();
  const phase = page.getByRole("region", { name: "Phase 1: Year 1", exact: true });
  await phase.getByRole("combobox", { name: /^Add a price/ }).fill("seat");
  await page.getByRole("option", { name: /^User seats/ }).click();
  const seats = phase.getByRole("textbox", { name: "Seats of User seats", exact: true });
  await seats.fill("30");
  await expect.poll(async () => (await readQuote(page, quote.id)).phases[0]?.prices[0]?.quantity).toBe("30");

  // The form checks with the API's schema and says what is wrong, where; nothing is sent.
  await seats.fill("3O");
  const notDecimal = '"3O" is not a decimal number; write it like "12.50" (no exponent, no thousands separators)';
  await expect(phase.getByText(notDecimal)).toBeVisible();
  await expect(seats).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Not saved: 1 problem to fix")).toBeVisible();
  await page.getByRole("button", { name: "Show problems" }).click();
  await page.getByRole("button", { name: "Phase 1 › Price 1 › Expected quantity" }).click();
  await expect(seats).toBeFocused();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // What only the API knows comes back by path and is shown at the same field.
  const quoteUrl = `**/api/quotes/${quote.id}`;
  await page.route(quoteUrl, (route) =>
    route.request().method() === "PUT"
      ? route.fulfill({
          status: 400,
          contentType: "application/json",
          body: JSON.stringify({
            error: {
              type: "ValidationError",
              code: "validation_failed",
              message: "The quote has 1 problem. Nothing was changed.",
              errors: [{ path: "phases[0].prices[0].quantity", message: "is more seats than this customer may buy" }],
            },
          }),
        })
      : route.continue(),
  );
  await seats.fill("500");
  await expect(phase.getByText("is more seats than this customer may buy")).toBeVisible();
  await expect(page.getByText("Not saved: The quote has 1 problem. Nothing was changed.")).toBeVisible();
  await page.unroute(quoteUrl);

  // The app cannot be reached: the change stays on the page, and is saved once it can be.
  await page.route(quoteUrl, (route) =>
    route.request().method() === "PUT" ? route.abort("internetdisconnected") : route.continue(),
  );
  await seats.fill("120");
  await expect(page.getByText(/^Not saved: The app could not be reached/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Retry now" })).toBeVisible();
  await expect(phase.getByText("is more seats than this customer may buy")).toBeHidden();
  await page.unroute(quoteUrl);
  await page.getByRole("button", { name: "Retry now" }).click();
  await expect.poll(async () => (await readQuote(page, quote.id)).phases[0]?.prices[0]?.quantity).toBe("120");
  await expect(page.getByText(/^All changes saved/)).toBeVisible();
  await expect(seats).toHaveValue("120");
});
