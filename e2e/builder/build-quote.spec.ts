import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { createQuote, customerIdByName, readQuote } from "@/e2e/builder/builder-api";
import { priceWithCli } from "@/e2e/builder/price-with-cli";
import { signInAs } from "@/e2e/support/sign-in";
import { formatMoney } from "@/lib/money/format-money";
import { quoteToUpdateBody } from "@/lib/quotes/quote-to-update-body";

test.use({ locale: "en-US", timezoneId: "UTC" });

const usd = (amount: string) => formatMoney(amount, "USD", "en-US");

async function addPrice(phase: Locator, search: string, option: string): Promise<void> {
  await phase.getByRole("combobox", { name: /^Add a price/ }).fill(search);
  await phase
    .page()
    .getByRole("option", { name: new RegExp(`^${option}`) })
    .click();
}

async function restrictTo(phase: Locator, group: string, price: string): Promise<void> {
  const restriction = phase.getByRole("group", { name: group });
  await restriction.getByRole("button", { name: "Choose prices" }).click();
  await restriction.getByRole("checkbox", { name: new RegExp(`^${price}`) }).check();
  await restriction.getByRole("button", { name: "Done" }).click();
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByText(/^All changes saved/)).toBeVisible();
}

test("a rep builds a two-phase quote, sees the totals npm run price gives for it, and finds it all saved after a reload", async ({
  page,
}) => {
  await signInAs(page, "Rita Reyes", "/quotes");
  const created = await createQuote(page, {
    title: "Northwind ramp",
    customerId: await customerIdByName(page, "Northwind Traders Inc."),
    currency: "USD",
    preliminaryBillingStartDate: "2027-01-01",
  });
  await page.goto(`/quotes/${created.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Northwind ramp" })).toBeVisible();

  await page.getByRole("button", { name: "Add phase" }).click();
  const year1 = page.getByRole("region", { name: "Phase 1: Year 1", exact: true });
  await addPrice(year1, "seat", "User seats");
  await year1.getByRole("textbox", { name: "Seats of User seats", exact: true }).fill("25");
  await addPrice(year1, "api", "API calls");
  await year1.getByRole("textbox", { name: "Expected usage of API calls per month", exact: true }).fill("250000");
  await year1.getByRole("button", { name: "Add discount" }).click();
  await year1.getByRole("textbox", { name: "Discount 1 percentage", exact: true }).fill("10");
  await year1
    .getByRole("textbox", { name: "Discount 1 message to the customer", exact: true })
    .fill("Launch discount on seats");
  await restrictTo(year1, "Prices discount 1 applies to", "User seats");
  await year1.getByRole("button", { name: "Add minimum" }).click();
  await year1.getByRole("textbox", { name: "Minimum 1 amount per billing period", exact: true }).fill("600");
  await restrictTo(year1, "Prices minimum 1 covers", "API calls");

  await page.getByRole("button", { name: "Add phase" }).click();
  const year2 = page.getByRole("region", { name: "Phase 2: Year 2", exact: true });
  await addPrice(year2, "seat", "User seats");
  await year2.getByRole("textbox", { name: "Seats of User seats", exact: true }).fill("40");
  await year2.getByRole("textbox", { name: "Price per seat of User seats", exact: true }).fill("42.00");
  await expect(year2.getByText("Differs from list")).toBeVisible();
  await addPrice(year2, "api", "API calls");
  await year2.getByRole("textbox", { name: "Expected usage of API calls per month", exact: true }).fill("400000");

  // Saved state, read back through the API: everything the rep entered, in the PUT shape.
  await expect
    .poll(async () => {
      const body = quoteToUpdateBody(await readQuote(page, created.id));
      return body.phases.map((phase) => ({
        name: phase.name,
        duration: phase.duration,
        prices: phase.prices.map((price) => [price.name, price.quantity, price.structure]),
        discounts: phase.discounts.map(({ type, amount, message, restrictToPrices }) => [
          type,
          amount,
          message,
          restrictToPrices.length,
        ]),
        minimums: phase.minimums.map(({ amount, restrictToPrices }) => [amount, restrictToPrices.length]),
      }));
    })
    .toEqual([
      {
        name: "Year 1",
        duration: { years: 1, months: 0, weeks: 0, days: 0 },
        prices: [
          ["User seats", "25", expect.objectContaining({ pricePerSeat: "45.00" })],
          ["API calls", "250000", expect.objectContaining({ pricingType: "GRADUATED" })],
        ],
        discounts: [["PERCENTAGE", "10", "Launch discount on seats", 1]],
        minimums: [["600", 1]],
      },
      {
        name: "Year 2",
        duration: { years: 1, months: 0, weeks: 0, days: 0 },
        prices: [
          ["User seats", "40", expect.objectContaining({ pricePerSeat: "42.00" })],
          ["API calls", "400000", expect.objectContaining({ pricingType: "GRADUATED" })],
        ],
        discounts: [],
        minimums: [],
      },
    ]);
  await expectSaved(page);

  const saved = await readQuote(page, created.id);
  const body = quoteToUpdateBody(saved);
  const [seats1, calls1] = body.phases[0]!.prices;
  expect(body.phases[0]!.discounts[0]!.restrictToPrices).toEqual([seats1!.temporaryId]);
  expect(body.phases[0]!.minimums[0]!.restrictToPrices).toEqual([calls1!.temporaryId]);

  const reference = priceWithCli(body);
  const totals = page.getByRole("complementary", { name: "Totals" });
  const checkTotals = async () => {
    await expect(totals.locator('[data-total="tcv"]')).toHaveText(usd(reference.totalContractValue));
    await expect(totals.locator('[data-total="arr"]')).toHaveText(usd(reference.phases.at(-1)!.arr));
    for (const [index, phase] of reference.phases.entries()) {
      const section = totals.getByRole("region", { name: `Totals of Phase ${index + 1}: Year ${index + 1}` });
      await expect(section.locator('[data-phase-total="subtotal"]')).toHaveText(usd(phase.subtotal));
      await expect(section.locator('[data-phase-total="discounts"]')).toHaveText(
        Number(phase.discountTotal) === 0 ? usd("0") : `−${usd(phase.discountTotal)}`,
      );
      await expect(section.locator('[data-phase-total="true-up"]')).toHaveText(usd(phase.minimumTrueUp));
      await expect(section.locator('[data-phase-total="total"]')).toHaveText(usd(phase.total));
      await expect(section.locator('[data-phase-total="arr"]')).toHaveText(usd(phase.arr));
      for (const line of phase.lines) {
        await expect(page.locator(`[data-line-total="${line.priceId}"]`)).toHaveText(usd(line.total));
      }
    }
    await totals.getByText(`Invoice schedule (${reference.invoices.length})`).click();
    const rows = totals.getByRole("table", { name: "Invoice schedule" }).getByRole("row");
    await expect(rows).toHaveCount(reference.invoices.length + 1);
    for (const [index, invoice] of reference.invoices.entries()) {
      await expect(
        rows
          .nth(index + 1)
          .getByRole("cell")
          .last(),
      ).toHaveText(usd(invoice.amount));
    }
  };
  // The minimum tops up API calls in year 1 (525.00 a month against 600.00), and the discount is taken.
  expect(Number(reference.phases[0]!.minimumTrueUp)).toBeGreaterThan(0);
  expect(Number(reference.phases[0]!.discountTotal)).toBeGreaterThan(0);
  await checkTotals();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.reload();
  await expect(year1.getByRole("textbox", { name: "Seats of User seats", exact: true })).toHaveValue("25");
  await expect(year1.getByRole("textbox", { name: "Expected usage of API calls per month", exact: true })).toHaveValue(
    "250000",
  );
  await expect(year1.getByRole("textbox", { name: "Discount 1 percentage", exact: true })).toHaveValue("10");
  await expect(year1.getByRole("textbox", { name: "Discount 1 message to the customer", exact: true })).toHaveValue(
    "Launch discount on seats",
  );
  await expect(year1.getByRole("group", { name: "Prices discount 1 applies to" })).toContainText(
    "Applies to User seats.",
  );
  await expect(year1.getByRole("textbox", { name: "Minimum 1 amount per billing period", exact: true })).toHaveValue(
    "600",
  );
  await expect(year1.getByRole("group", { name: "Prices minimum 1 covers" })).toContainText("Applies to API calls.");
  await expect(year2.getByRole("textbox", { name: "Seats of User seats", exact: true })).toHaveValue("40");
  await expect(year2.getByRole("textbox", { name: "Price per seat of User seats", exact: true })).toHaveValue("42.00");
  await expect(year2.getByRole("textbox", { name: "Expected usage of API calls per month", exact: true })).toHaveValue(
    "400000",
  );
  await checkTotals();
  await expect(page.getByText(/^All changes saved/)).toBeVisible();
});
