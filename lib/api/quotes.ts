import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "@/lib/api/api-request";
import { pageSchema } from "@/lib/schemas/pagination";
import {
  quoteListItemSchema,
  quoteSchema,
  type CreateQuoteBody,
  type Quote,
  type UpdateQuoteBody,
} from "@/lib/schemas/quote";

export const quoteKeys = {
  all: ["quotes"] as const,
  detail: (id: string) => ["quotes", id] as const,
  list: (filters: Record<string, string>) => ["quotes", "list", filters] as const,
};

const quotePageSchema = pageSchema(quoteListItemSchema);

export function useQuote(id: string) {
  return useQuery({
    queryKey: quoteKeys.detail(id),
    queryFn: ({ signal }) => apiRequest(`/api/quotes/${id}`, { schema: quoteSchema, signal }),
  });
}

export function useQuotes(filters: Record<string, string>) {
  return useQuery({
    queryKey: quoteKeys.list(filters),
    queryFn: ({ signal }) =>
      apiRequest(`/api/quotes?${new URLSearchParams(filters).toString()}`, { schema: quotePageSchema, signal }),
  });
}

export function useCreateQuote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateQuoteBody) => apiRequest("/api/quotes", { method: "POST", body, schema: quoteSchema }),
    onSuccess: (quote) => {
      client.setQueryData(quoteKeys.detail(quote.id), quote);
      void client.invalidateQueries({ queryKey: ["quotes", "list"] });
    },
  });
}

/** Saves the draft; the body carries the `version` it started from, so a stale save fails with 409. */
export function useSaveQuote(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateQuoteBody) =>
      apiRequest(`/api/quotes/${id}`, { method: "PUT", body, schema: quoteSchema }),
    onSuccess: (quote: Quote) => client.setQueryData(quoteKeys.detail(id), quote),
  });
}
