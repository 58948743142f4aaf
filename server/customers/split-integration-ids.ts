import type { IntegrationIdRequest } from "@/lib/schemas/primitives";

/** The Salesforce link has its own (unique) column; every other integration id stays in the JSON list. */
export function splitIntegrationIds(links: IntegrationIdRequest[]): {
  salesforceAccountId: string | null;
  others: IntegrationIdRequest[];
} {
  const salesforce = links.find((link) => link.service === "Salesforce");
  return {
    salesforceAccountId: salesforce?.id ?? null,
    others: links.filter((link) => link.service !== "Salesforce"),
  };
}
