import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createQuote, customerIdByName } from "@/e2e/builder/builder-api";
import {
  buildTwoPhaseQuote,
  expectTotalsMatchCli,
  expectTwoPhaseQuoteReloaded,
  expectTwoPhaseQuoteSaved,
} from "@/e2e/builder/two-phase-quote";
import { signInAs } from "@/e2e/support/sign-in";

test.use({ locale: "en-US", timezoneId: "UTC" });

/** Year 1's API calls come to $525.00 a month, under the $600.00 minimum, so it tops up. */
const figures = { listSeatPrice: "45.00", minimum: "600" };

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

  await buildTwoPhaseQuote(page, figures);
  await expectTwoPhaseQuoteSaved(page, created.id, figures);
  await expectTotalsMatchCli(page, created.id, "USD");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.reload();
  await expectTwoPhaseQuoteReloaded(page, figures);
  await expectTotalsMatchCli(page, created.id, "USD");
});
