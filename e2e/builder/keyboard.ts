import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails if it is not
 * reached within `limit` presses, which would mean it cannot be reached from the keyboard.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, limit = 80 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  await expect(target, `not reached within ${limit} presses of ${backwards ? "Shift+Tab" : "Tab"}`).toBeFocused();
}
