import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createQuote, customerIdByName, readQuote } from "@/e2e/builder/builder-api";
import { signInAs } from "@/e2e/support/sign-in";

// The frame is same-site here, so the session cookie reaches it; inside Salesforce (cross-site) the launch
// flow hands the island its session through the x-cpq-session header instead. This checks the layout
// and the frame-ancestors policy at the size Salesforce gives the app.
test("the builder works in a 1280×720 frame: no sideways scrolling, totals and save state in view", async ({
  page,
}) => {
  await signInAs(page, "Rita Reyes", "/quotes");
  const quote = await createQuote(page, {
    title: "Framed quote",
    customerId: await customerIdByName(page, "Initech Ltd"),
    currency: "GBP",
    preliminaryBillingStartDate: "2027-06-01",
  });
  await page.setViewportSize({ width: 1300, height: 760 });
  await page.goto("/catalog");
  await page.evaluate((src) => {
    const frame = document.createElement("iframe");
    frame.src = src;
    frame.title = "Sequence CPQ";
    frame.style.cssText = "width:1280px;height:720px;border:0";
    document.body.replaceChildren(frame);
  }, `/quotes/${quote.id}`);
  const builder = page.frameLocator('iframe[title="Sequence CPQ"]');
  await expect(builder.getByRole("heading", { level: 1, name: "Framed quote" })).toBeVisible();

  await builder.getByRole("button", { name: "Add phase" }).click();
  const phase = builder.getByRole("region", { name: "Phase 1: Year 1", exact: true });
  await phase.getByRole("combobox", { name: /^Add a price/ }).fill("platform");
  await builder.getByRole("option", { name: /^Platform fee/ }).click();
  await expect
    .poll(async () => (await readQuote(page, quote.id)).phases[0]?.prices.map((price) => price.name))
    .toEqual(["Platform fee"]);
  await expect(builder.getByText(/^All changes saved/)).toBeInViewport();
  await expect(builder.getByRole("complementary", { name: "Totals" }).locator('[data-total="tcv"]')).toBeInViewport();

  const frame = page.frames().find((candidate) => candidate.url().includes(`/quotes/${quote.id}`));
  if (!frame) throw new Error("the builder frame did not load");
  expect(await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
  expect((await new AxeBuilder({ page }).include("iframe").analyze()).violations).toEqual([]);
});
