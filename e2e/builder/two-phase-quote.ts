import { expect, type Locator, type Page } from "@playwright/test";
import { readQuote } from "@/e2e/builder/builder-api";
import { priceWithCli } from "@/e2e/builder/price-with-cli";
import type { CurrencyCode } from "@/lib/money/currencies";
import { formatMoney } from "@/lib/money/format-money";
import { quoteToUpdateBody } from "@/lib/quotes/quote-to-update-body";

/**
 * The reference quote, built in the builder the way a rep does: two yearly phases with a seat
 * price and a graduated usage price, a percentage discount on the seats and a minimum on the usage in
 * the first year, and a negotiated seat price in the second.
 */
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

const phaseRegion = (page: Page, year: 1 | 2) =>
  page.getByRole("region", { name: `Phase ${year}: Year ${year}`, exact: true });
const field = (phase: Locator, name: string) => phase.getByRole("textbox", { name, exact: true });

/** What differs between currencies: the catalog's seat price, and a minimum above year 1's monthly usage. */
export type TwoPhaseQuoteFigures = { listSeatPrice: string; minimum: string };

export async function buildTwoPhaseQuote(page: Page, { minimum }: TwoPhaseQuoteFigures): Promise<void> {
  await page.getByRole("button", { name: "Add phase" }).click();
  const year1 = phaseRegion(page, 1);
  await addPrice(year1, "seat", "User seats");
  await field(year1, "Seats of User seats").fill("25");
  await addPrice(year1, "api", "API calls");
  await field(year1, "Expected usage of API calls per month").fill("250000");
  await year1.getByRole("button", { name: "Add discount" }).click();
  await field(year1, "Discount 1 percentage").fill("10");
  await field(year1, "Discount 1 message to the customer").fill("Launch discount on seats");
  await restrictTo(year1, "Prices discount 1 applies to", "User seats");
  await year1.getByRole("button", { name: "Add minimum" }).click();
  await field(year1, "Minimum 1 amount per billing period").fill(minimum);
  await restrictTo(year1, "Prices minimum 1 covers", "API calls");

  await page.getByRole("button", { name: "Add phase" }).click();
  const year2 = phaseRegion(page, 2);
  await addPrice(year2, "seat", "User seats");
  await field(year2, "Seats of User seats").fill("40");
  await field(year2, "Price per seat of User seats").fill("42.00");
  await expect(year2.getByText("Differs from list")).toBeVisible();
  await addPrice(year2, "api", "API calls");
  await field(year2, "Expected usage of API calls per month").fill("400000");
}

/** Saved state, read back through the API: everything the rep entered, in the PUT shape. */
export async function expectTwoPhaseQuoteSaved(
  page: Page,
  quoteId: string,
  { listSeatPrice, minimum }: TwoPhaseQuoteFigures,
): Promise<void> {
  await expect
    .poll(async () => {
      const body = quoteToUpdateBody(await readQuote(page, quoteId));
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
          ["User seats", "25", expect.objectContaining({ pricePerSeat: listSeatPrice })],
          ["API calls", "250000", expect.objectContaining({ pricingType: "GRADUATED" })],
        ],
        discounts: [["PERCENTAGE", "10", "Launch discount on seats", 1]],
        minimums: [[minimum, 1]],
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
  const body = quoteToUpdateBody(await readQuote(page, quoteId));
  const [seats, calls] = body.phases[0]!.prices;
  expect(body.phases[0]!.discounts[0]!.restrictToPrices).toEqual([seats!.temporaryId]);
  expect(body.phases[0]!.minimums[0]!.restrictToPrices).toEqual([calls!.temporaryId]);
  await expect(page.getByText(/^All changes saved/)).toBeVisible();
}

/** The totals panel shows exactly what `npm run price` computes for the saved quote. */
export async function expectTotalsMatchCli(page: Page, quoteId: string, currency: CurrencyCode): Promise<void> {
  const money = (amount: string) => formatMoney(amount, currency, "en-US");
  const reference = priceWithCli(quoteToUpdateBody(await readQuote(page, quoteId)));
  // The minimum tops up API calls in year 1 and the discount is taken: both rules are exercised.
  expect(Number(reference.phases[0]!.minimumTrueUp)).toBeGreaterThan(0);
  expect(Number(reference.phases[0]!.discountTotal)).toBeGreaterThan(0);
  const totals = page.getByRole("complementary", { name: "Totals" });
  await expect(totals.locator('[data-total="tcv"]')).toHaveText(money(reference.totalContractValue));
  await expect(totals.locator('[data-total="arr"]')).toHaveText(money(reference.phases.at(-1)!.arr));
  for (const [index, phase] of reference.phases.entries()) {
    const section = totals.getByRole("region", { name: `Totals of Phase ${index + 1}: Year ${index + 1}` });
    await expect(section.locator('[data-phase-total="subtotal"]')).toHaveText(money(phase.subtotal));
    await expect(section.locator('[data-phase-total="discounts"]')).toHaveText(
      Number(phase.discountTotal) === 0 ? money("0") : `−${money(phase.discountTotal)}`,
    );
    await expect(section.locator('[data-phase-total="true-up"]')).toHaveText(money(phase.minimumTrueUp));
    await expect(section.locator('[data-phase-total="total"]')).toHaveText(money(phase.total));
    await expect(section.locator('[data-phase-total="arr"]')).toHaveText(money(phase.arr));
    for (const line of phase.lines) {
      await expect(page.locator(`[data-line-total="${line.priceId}"]`)).toHaveText(money(line.total));
    }
  }
  const schedule = totals.getByText(`Invoice schedule (${reference.invoices.length})`);
  if ((await schedule.getAttribute("aria-expanded")) !== "true") await schedule.click();
  const rows = totals.getByRole("table", { name: "Invoice schedule" }).getByRole("row");
  await expect(rows).toHaveCount(reference.invoices.length + 1);
  for (const [index, invoice] of reference.invoices.entries()) {
    await expect(
      rows
        .nth(index + 1)
        .getByRole("cell")
        .last(),
    ).toHaveText(money(invoice.amount));
  }
}

/** After a reload, every field shows what was entered. */
export async function expectTwoPhaseQuoteReloaded(
  page: Page,
  { listSeatPrice, minimum }: TwoPhaseQuoteFigures,
): Promise<void> {
  const year1 = phaseRegion(page, 1);
  const year2 = phaseRegion(page, 2);
  await expect(field(year1, "Seats of User seats")).toHaveValue("25");
  await expect(field(year1, "Price per seat of User seats")).toHaveValue(listSeatPrice);
  await expect(field(year1, "Expected usage of API calls per month")).toHaveValue("250000");
  await expect(field(year1, "Discount 1 percentage")).toHaveValue("10");
  await expect(field(year1, "Discount 1 message to the customer")).toHaveValue("Launch discount on seats");
  await expect(year1.getByRole("group", { name: "Prices discount 1 applies to" })).toContainText(
    "Applies to User seats.",
  );
  await expect(field(year1, "Minimum 1 amount per billing period")).toHaveValue(minimum);
  await expect(year1.getByRole("group", { name: "Prices minimum 1 covers" })).toContainText("Applies to API calls.");
  await expect(field(year2, "Seats of User seats")).toHaveValue("40");
  await expect(field(year2, "Price per seat of User seats")).toHaveValue("42.00");
  await expect(field(year2, "Expected usage of API calls per month")).toHaveValue("400000");
  await expect(page.getByText(/^All changes saved/)).toBeVisible();
}
