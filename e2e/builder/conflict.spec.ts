import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createQuote, customerIdByName, readQuote } from "@/e2e/builder/builder-api";
import { signInAs } from "@/e2e/support/sign-in";

test("two tabs edit one quote: the second tab's save gets the 409 explanation, and reloading shows the first tab's change", async ({
  page: first,
  context,
}) => {
  await signInAs(first, "Rita Reyes", "/quotes");
  const quote = await createQuote(first, {
    title: "Globex renewal",
    customerId: await customerIdByName(first, "Globex GmbH"),
    currency: "EUR",
    preliminaryBillingStartDate: "2027-03-01",
  });
  const second = await context.newPage();
  await first.goto(`/quotes/${quote.id}`);
  await second.goto(`/quotes/${quote.id}`);
  const title = (page: typeof first) => page.getByRole("textbox", { name: "Title", exact: true });
  await expect(title(first)).toHaveValue("Globex renewal");
  await expect(title(second)).toHaveValue("Globex renewal");

  await title(first).fill("Globex renewal, edited in the first tab");
  await expect
    .poll(async () => (await readQuote(first, quote.id)).title)
    .toBe("Globex renewal, edited in the first tab");
  await expect(first.getByText(/^All changes saved/)).toBeVisible();

  await title(second).fill("Globex renewal, edited in the second tab");
  const dialog = second.getByRole("alertdialog", { name: "This quote was changed somewhere else" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("your latest changes here were not saved");
  await expect(dialog).toContainText(`you edited version ${quote.version}`);
  await expect(second.getByText("Not saved: this quote was changed somewhere else.")).toBeVisible();
  expect((await new AxeBuilder({ page: second }).analyze()).violations).toEqual([]);
  // Nothing was overwritten.
  expect((await readQuote(first, quote.id)).title).toBe("Globex renewal, edited in the first tab");

  // "Not now" keeps the page as it is, and the explanation can be opened again.
  await dialog.getByRole("button", { name: "Not now" }).click();
  await expect(dialog).toBeHidden();
  await expect(title(second)).toHaveValue("Globex renewal, edited in the second tab");
  await second.getByRole("button", { name: "What now?" }).click();
  await dialog.getByRole("button", { name: "Reload the latest version" }).click();
  await expect(dialog).toBeHidden();
  await expect(title(second)).toHaveValue("Globex renewal, edited in the first tab");
  await expect(second.getByText(/^All changes saved/)).toBeVisible();

  // After reloading, the second tab saves on top of the latest version.
  await title(second).fill("Globex renewal, agreed");
  await expect.poll(async () => (await readQuote(first, quote.id)).title).toBe("Globex renewal, agreed");
  await expect(second.getByText(/^All changes saved/)).toBeVisible();
});
