import { expect, type Page } from "@playwright/test";

/**
 * Signs in through the real OAuth flow: the app sends the browser to the local org's authorize page,
 * the demo user is picked there, and the org redirects back with a code.
 */
export async function signInAs(page: Page, name: string, returnTo = "/"): Promise<void> {
  await page.goto(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByRole("button", { name: new RegExp(`Log in as ${name}`) }).click();
  await expect(page.getByRole("banner")).toContainText(name);
}
