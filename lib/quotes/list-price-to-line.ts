import { v4 as uuidv4 } from "uuid";
import type { PriceFormValues } from "@/lib/quotes/quote-form-values";
import { structureToForm } from "@/lib/quotes/structure-form-values";
import type { ListPrice } from "@/lib/schemas/list-price";
import { quoteBillingFrequencySchema, type QuoteBillingFrequency } from "@/lib/schemas/quote-pricing";

/** Quote prices bill once or every period; a list price billed on demand or per event cannot be quoted. */
export function quotableFrequency(listPrice: Pick<ListPrice, "billingFrequency">): QuoteBillingFrequency | undefined {
  const parsed = quoteBillingFrequencySchema.safeParse(listPrice.billingFrequency);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A new quote line copied from a list price: its structure (the rep edits the copy, the list price
 * stays as it is), billing, product and the list price it came from, under a fresh `temporaryId`
 * (a UUID, as the API requires; `uuid` rather than `crypto.randomUUID`, which a page served over
 * plain http outside localhost does not have).
 */
export function listPriceToLine(listPrice: ListPrice, newId: () => string = uuidv4): PriceFormValues {
  const billingFrequency = quotableFrequency(listPrice);
  if (!billingFrequency) {
    throw new Error(`list price ${listPrice.id} is billed ${listPrice.billingFrequency}, which a quote cannot bill`);
  }
  return {
    temporaryId: newId(),
    productId: listPrice.productId,
    listPriceId: listPrice.id,
    name: listPrice.name,
    structure: structureToForm(listPrice.structure),
    billingFrequency,
    billingType: listPrice.billingType,
    quantity: "",
    rateOnly: false,
    integrationIds: [],
    customMetricParameters: listPrice.customMetricParameters,
  };
}
