import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { canvasSignedRequest } from "@/e2e/support/org-api";
import { demoOpportunityId } from "@/tools/local-salesforce/seed/demo-records";

const ANNUAL_SUBSCRIPTION = demoOpportunityId(54);

test("a Canvas launch opens the launch view where the browser blocks the app's cookie", async ({ page, baseURL }) => {
  const signedRequest = await canvasSignedRequest({
    username: "rita.rep@sequence-demo.test",
    name: "Rita Reyes",
    opportunityId: ANNUAL_SUBSCRIPTION,
  });
  const posted = await fetch(`${baseURL}/launch`, {
    method: "POST",
    body: new URLSearchParams({ signed_request: signedRequest }),
    redirect: "manual",
  });
  expect(posted.status).toBe(303);
  // A browser blocking third-party cookies keeps none from the answer: only where it leads, fragment included.
  await page.goto(posted.headers.get("location") ?? "");
  await expect(page.getByRole("heading", { level: 1, name: "Nordwind GmbH - Annual subscription" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create customer Nordwind GmbH" })).toBeVisible();
  expect(await page.context().cookies()).toEqual([]);
  // The session left the address bar; the tab keeps it for a reload.
  await expect(page).toHaveURL(`/launch?opportunityId=${ANNUAL_SUBSCRIPTION}&via=canvas`);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Nordwind GmbH - Annual subscription" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
