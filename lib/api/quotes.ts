import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
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
  pages: (filters: Record<string, string>) => ["quotes", "list", "pages", filters] as const,
};

const quotePageSchema = pageSchema(quoteListItemSchema);

export const quoteQueryOptions = (id: string) =>
  queryOptions({
    queryKey: quoteKeys.detail(id),
    queryFn: ({ signal }) => apiRequest(`/api/quotes/${id}`, { schema: quoteSchema, signal }),
  });

/**
 * One quote. The builder passes `{ refetchOnWindowFocus: false }`: it edits its own copy and learns
 * of other writers from the version check, so refetching a large quote on every focus buys nothing.
 */
export function useQuote(id: string, options: { refetchOnWindowFocus?: boolean } = {}) {
  return useQuery({ ...quoteQueryOptions(id), ...options });
}

export function useQuotes(filters: Record<string, string>) {
  return useQuery({
    queryKey: quoteKeys.list(filters),
    queryFn: ({ signal }) =>
      apiRequest(`/api/quotes?${new URLSearchParams(filters).toString()}`, { schema: quotePageSchema, signal }),
  });
}

/** The quote list a page at a time, newest first, following the API's `after` cursor. */
export function useQuotePages(filters: Record<string, string>) {
  return useInfiniteQuery({
    queryKey: quoteKeys.pages(filters),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(
        `/api/quotes?${new URLSearchParams({ ...filters, ...(pageParam ? { after: pageParam } : {}) }).toString()}`,
        {
          schema: quotePageSchema,
          signal,
        },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.pagination.after,
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
    onSuccess: (quote: Quote) => {
      client.setQueryData(quoteKeys.detail(id), quote);
      // Lists show totals: mark them stale, to refetch when one is next shown, not on every autosave.
      void client.invalidateQueries({ queryKey: ["quotes", "list"], refetchType: "none" });
    },
  });
}
