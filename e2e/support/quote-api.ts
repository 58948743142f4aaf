import { expect, type APIRequestContext } from "@playwright/test";

/** What the app's own UI sends with every call that changes data (the session's CSRF guard). */
const headers = { "x-requested-with": "sequence-cpq" };

export const ACME_PLATFORM_RENEWAL = "006Lo000000000pIAA";

/**
 * Creates and fills a quote through the API with the signed-in user's session (the builder UI is
 * another journey): a two-phase ramp with a platform fee, usage with an expected quantity, a
 * discount and a minimum, on the demo customer Northwind.
 */
export async function createQuoteThroughApi(
  request: APIRequestContext,
  { title, withQuantity = true }: { title: string; withQuantity?: boolean },
): Promise<{ id: string; version: number }> {
  const products = await (await request.get("/api/products?limit=100")).json();
  const customers = await (await request.get("/api/customers?limit=100")).json();
  const productId = products.items.find((product: { name: string }) => product.name === "Platform fee").id;
  const usageId = products.items.find((product: { name: string }) => product.name === "API calls").id;
  const customerId = customers.items.find((customer: { currency?: string }) => customer.currency === "USD").id;
  const created = await request.post("/api/quotes", {
    headers,
    data: { salesforceOpportunityId: ACME_PLATFORM_RENEWAL, customerId, title },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const phase = (year: number, fee: string) => ({
    name: `Year ${year}`,
    duration: { years: 1 },
    prices: [
      {
        temporaryId: `00000000-0000-4000-8000-00000000000${year}`,
        productId,
        name: "Platform fee",
        structure: { pricingType: "FIXED", price: fee },
        billingFrequency: "MONTHLY",
        billingType: "IN_ADVANCE",
      },
      {
        temporaryId: `00000000-0000-4000-8000-00000000001${year}`,
        productId: usageId,
        name: "API calls",
        structure: { pricingType: "LINEAR", pricePerUnit: "0.002" },
        billingFrequency: "MONTHLY",
        billingType: "IN_ARREARS",
        ...(withQuantity ? { quantity: "250000" } : {}),
      },
    ],
    discounts: [
      {
        restrictToPrices: [`00000000-0000-4000-8000-00000000000${year}`],
        type: "PERCENTAGE",
        amount: "10",
        message: "Multi-year commitment",
      },
    ],
    minimums: [{ restrictToPrices: [`00000000-0000-4000-8000-00000000001${year}`], amount: "400.00" }],
  });
  const saved = await request.put(`/api/quotes/${id}`, {
    headers,
    data: {
      customerId,
      title,
      currency: "USD",
      dealType: "NEW_BUSINESS",
      preliminaryBillingStartDate: "2027-01-01",
      expiryDays: 30,
      phases: [phase(1, "2000.00"), phase(2, "2400.00")],
    },
  });
  expect(saved.status()).toBe(200);
  return { id, version: (await saved.json()).version };
}

export async function publishThroughApi(request: APIRequestContext, id: string) {
  const published = await request.post(`/api/quotes/${id}/publish`, {
    headers,
    data: { sendRecipientsEmail: false },
  });
  expect(published.status()).toBe(200);
  return published.json() as Promise<{ id: string; quoteNumber: string; buyerUrl: string }>;
}

/** Waits (by polling the API, not by sleeping) until the quote's newest state is in Salesforce. */
export async function waitForSync(request: APIRequestContext, id: string, status = "synced") {
  await expect
    .poll(async () => (await (await request.get(`/api/quotes/${id}/salesforce-sync`)).json()).status, {
      timeout: 30_000,
    })
    .toBe(status);
}
