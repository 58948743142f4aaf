import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the home page and the demo catalog render, with no accessibility violations", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Sequence CPQ" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole("link", { name: "Price catalog" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Price catalog" })).toBeVisible();
  for (const product of [
    "Platform fee",
    "User seats",
    "API calls",
    "Storage",
    "Payments",
    "Premium support pack",
    "Onboarding",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: product })).toBeVisible();
  }
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole("link", { name: "JPY" }).click();
  await expect(page).toHaveURL(/currency=JPY/);
  const seats = page.getByRole("region", { name: "User seats" });
  await expect(seats.getByText("¥6,500 per seat per month, at least 10 seats")).toBeVisible();
  await expect(seats.getByRole("cell", { name: "USD" })).toHaveCount(0);
});

test("the API refuses requests without credentials, in its error shape", async ({ request }) => {
  const response = await request.get("/api/list-prices");
  expect(response.status()).toBe(401);
  expect(response.headers()["sequence-version"]).toBe("2024-07-30");
  expect((await response.json()).error.code).toBe("unauthorized");
  const unknown = await request.get("/api/no-such-thing");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("route_not_found");
});
