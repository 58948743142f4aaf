import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { apiRequest } from "@/lib/api/api-request";
import { customerSchema } from "@/lib/schemas/customer";
import { pageSchema } from "@/lib/schemas/pagination";

export const customerKeys = {
  detail: (id: string) => ["customers", id] as const,
  search: (legalName: string) => ["customers", "search", legalName] as const,
};

const customerPageSchema = pageSchema(customerSchema);

const customerQuery = (id: string) => ({
  queryKey: customerKeys.detail(id),
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    apiRequest(`/api/customers/${id}`, { schema: customerSchema, signal }),
  staleTime: 60_000,
});

/** A customer with its contacts (a quote's possible recipients); nothing is fetched without an id. */
export function useCustomer(id: string | undefined) {
  return useQuery({ ...customerQuery(id ?? ""), enabled: Boolean(id) });
}

/** The customers of a page of quotes, each fetched once and shared with the builder's cache. */
export function useCustomersById(ids: readonly string[]) {
  return useQueries({ queries: [...new Set(ids)].map(customerQuery) });
}

/** Customers whose legal name contains the text; the previous answer stays while the next loads. */
export function useCustomerSearch(text: string, { enabled = true }: { enabled?: boolean } = {}) {
  const legalName = text.trim();
  return useQuery({
    queryKey: customerKeys.search(legalName),
    queryFn: ({ signal }) =>
      apiRequest(`/api/customers?${new URLSearchParams({ legalName, limit: "20" }).toString()}`, {
        schema: customerPageSchema,
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
