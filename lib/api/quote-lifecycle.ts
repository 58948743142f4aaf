import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "@/lib/api/api-request";
import { quoteKeys } from "@/lib/api/quotes";
import { quoteSchema, type PublishQuoteBody, type Quote } from "@/lib/schemas/quote";
import { quoteSalesforceSyncSchema, type QuoteSalesforceSync } from "@/lib/schemas/salesforce-integration";

/** How often the quote page asks whether a write to Salesforce has finished. */
const SYNC_POLL_MS = 2_000;
const RETRY_POLL_MS = 10_000;

export const quoteSyncKey = (id: string) => ["quotes", id, "salesforce-sync"] as const;

/**
 * A lifecycle action on a quote: on success the quote's cached copy is replaced with the answer (every
 * view of it updates), lists are refreshed, and so is its Salesforce sync state.
 */
function useQuoteAction<V>(id: string, request: (variables: V) => Promise<Quote>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (quote) => {
      client.setQueryData(quoteKeys.detail(quote.id), quote);
      void client.invalidateQueries({ queryKey: ["quotes", "list"] });
      void client.invalidateQueries({ queryKey: quoteSyncKey(id) });
    },
  });
}

const post = (path: string, method = "POST", body?: unknown) =>
  apiRequest(path, { method, schema: quoteSchema, ...(body !== undefined ? { body } : {}) });

export function usePublishQuote(id: string) {
  return useQuoteAction(id, (body: PublishQuoteBody) => post(`/api/quotes/${id}/publish`, "POST", body));
}

export function useAcceptQuote(id: string) {
  return useQuoteAction(id, () => post(`/api/quotes/${id}/accept`));
}

export function useExecuteQuote(id: string) {
  return useQuoteAction(id, () => post(`/api/quotes/${id}/execute`));
}

export function useArchiveQuote(id: string) {
  return useQuoteAction(id, () => post(`/api/quotes/${id}/archive`, "PUT"));
}

/** Throws away the unpublished changes and goes back to the published version. */
export function useRevertQuoteDraft(id: string) {
  return useQuoteAction(id, () => post(`/api/quotes/${id}/latest-draft`, "DELETE"));
}

/** Creates a new draft quote from this one; the answer is the new quote. */
export function useDuplicateQuote(id: string) {
  return useQuoteAction(id, () => post(`/api/quotes/${id}/duplicate`));
}

/**
 * Where the quote stands in Salesforce, polled while a write is pending or being retried, so the
 * page shows it landing (or failing) without a reload.
 */
export function useQuoteSalesforceSync(
  id: string,
  { initial, enabled }: { initial: QuoteSalesforceSync | undefined; enabled: boolean },
) {
  return useQuery({
    queryKey: quoteSyncKey(id),
    queryFn: ({ signal }) =>
      apiRequest(`/api/quotes/${id}/salesforce-sync`, { schema: quoteSalesforceSyncSchema, signal }),
    enabled,
    ...(initial ? { initialData: initial, initialDataUpdatedAt: 0 } : {}),
    // A write under way lands within seconds; a retry waits for its backoff, so it is asked about less often.
    refetchInterval: (query) =>
      query.state.data?.status === "pending"
        ? SYNC_POLL_MS
        : query.state.data?.status === "retrying"
          ? RETRY_POLL_MS
          : false,
  });
}

/** Admins: write a quote to Salesforce again once the cause of a failure is fixed (the quote's id is the variable). */
export function useRetryQuoteSync() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/api/quotes/${id}/salesforce-sync`, { method: "POST", schema: quoteSalesforceSyncSchema }),
    onSuccess: (sync, id) => {
      client.setQueryData(quoteSyncKey(id), sync);
      void client.invalidateQueries({ queryKey: ["salesforce", "sync-states"] });
    },
  });
}
