import { expect, type Page } from "@playwright/test";
import { csrfHeader } from "@/lib/api/csrf-header";
import { quoteSchema, type CreateQuoteBody, type Quote } from "@/lib/schemas/quote";

/**
 * The builder specs set up and check their quotes through the same API the builder uses, with the
 * signed-in page's session (page.request shares the browser context's cookies).
 */
export async function customerIdByName(page: Page, legalName: string): Promise<string> {
  const response = await page.request.get(`/api/customers?legalName=${encodeURIComponent(legalName)}`);
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: { id: string; legalName: string }[] };
  const customer = items.find((item) => item.legalName === legalName);
  if (!customer) throw new Error(`no demo customer named ${legalName}`);
  return customer.id;
}

export async function createQuote(page: Page, body: CreateQuoteBody): Promise<Quote> {
  const response = await page.request.post("/api/quotes", {
    data: body,
    headers: { [csrfHeader.name]: csrfHeader.value },
  });
  expect(response.status(), await response.text()).toBe(201);
  return quoteSchema.parse(await response.json());
}

export async function readQuote(page: Page, id: string): Promise<Quote> {
  const response = await page.request.get(`/api/quotes/${id}`);
  expect(response.status()).toBe(200);
  return quoteSchema.parse(await response.json());
}
