import { expect, type Page } from "@playwright/test";

/**
 * Reads the app's API from inside the page, as the signed-in user: the session cookie is
 * partitioned (CHIPS), so the request must come from the page itself to carry it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs assert on arbitrary response JSON
export async function apiGet(page: Page, path: string): Promise<any> {
  const { status, body } = await page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    return { status: response.status, body: (await response.json()) as unknown };
  }, path);
  expect(status, `GET ${path}`).toBe(200);
  return body;
}
