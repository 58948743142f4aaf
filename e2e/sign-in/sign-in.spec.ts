import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "@/e2e/support/sign-in";

test("an admin signs in with Salesforce (OAuth + PKCE) and manages roles", async ({ page }) => {
  await signInAs(page, "Ada Admin", "/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Role of Ada Admin" })).toHaveValue("admin");
  // The header says where the admin is.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("a rep is a rep, cannot open admin pages, and can sign out", async ({ page }) => {
  await signInAs(page, "Rita Reyes", "/admin/users");
  await expect(page).toHaveURL(/\/forbidden/);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await page.goto("/catalog");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You are signed out" })).toBeVisible();
  // The app's session is gone (Salesforce's own session may live on, as it would in a real org).
  await page.goto("/catalog");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in with Salesforce" })).toBeVisible();
});
