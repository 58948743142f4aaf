import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createQuote, customerIdByName, readQuote } from "@/e2e/builder/builder-api";
import { tabTo } from "@/e2e/builder/keyboard";
import { signInAs } from "@/e2e/support/sign-in";

test("from the keyboard alone, a rep adds a phase and a price, reorders phases and undoes a removal", async ({
  page,
}) => {
  await signInAs(page, "Rita Reyes", "/quotes");
  const quote = await createQuote(page, {
    title: "Initech pilot",
    customerId: await customerIdByName(page, "Initech Ltd"),
    currency: "GBP",
    preliminaryBillingStartDate: "2027-02-01",
  });
  await page.goto(`/quotes/${quote.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Initech pilot" })).toBeVisible();

  await tabTo(page, page.getByRole("button", { name: "Add phase" }));
  await page.keyboard.press("Enter");
  const firstName = page
    .getByRole("region", { name: "Phase 1: Year 1", exact: true })
    .getByRole("textbox", { name: "Phase name" });
  await expect(firstName).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Launch");
  const launch = page.getByRole("region", { name: "Phase 1: Launch", exact: true });

  await tabTo(page, launch.getByRole("combobox", { name: /^Add a price/ }));
  await page.keyboard.type("seat");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(launch.getByRole("textbox", { name: "Seats of User seats", exact: true })).toBeFocused();
  await page.keyboard.type("12");

  await tabTo(page, page.getByRole("button", { name: "Add phase" }));
  await page.keyboard.press("Enter");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Pilot");
  const pilot = page.getByRole("region", { name: "Phase 2: Pilot", exact: true });
  await tabTo(page, pilot.getByRole("button", { name: "Move up" }), { backwards: true });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Phase 1: Pilot", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Phase 2: Launch", exact: true })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Phase 1: Pilot", exact: true }).getByRole("button", { name: "Move down" }),
  ).toBeFocused();

  // Remove the pilot phase, then undo: it comes back first, as it was.
  await tabTo(
    page,
    page.getByRole("region", { name: "Phase 1: Pilot", exact: true }).getByRole("button", { name: "Remove phase" }),
  );
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Phase 1: Launch", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Phase 1: Pilot", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Phase 2: Launch", exact: true })).toBeVisible();

  await expect
    .poll(async () =>
      (await readQuote(page, quote.id)).phases.map((phase) => [
        phase.name,
        phase.prices.map((price) => [price.name, price.quantity]),
      ]),
    )
    .toEqual([
      ["Pilot", []],
      ["Launch", [["User seats", "12"]]],
    ]);
  await expect(page.getByText(/^All changes saved/)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
