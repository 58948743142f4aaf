import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "@/lib/api/api-request";
import {
  salesforceConnectionSchema,
  syncStateListItemSchema,
  type ListSyncStatesQuery,
} from "@/lib/schemas/salesforce-integration";

const connectionKey = ["salesforce", "connection"] as const;
const syncStatesKey = (status: ListSyncStatesQuery["status"]) => ["salesforce", "sync-states", status] as const;

export function useSalesforceConnection() {
  return useQuery({
    queryKey: connectionKey,
    queryFn: ({ signal }) => apiRequest("/api/salesforce/connection", { schema: salesforceConnectionSchema, signal }),
  });
}

/** Runs the connection check now (it costs one Salesforce API call). */
export function useCheckSalesforceConnection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest("/api/salesforce/connection/check", { method: "POST", schema: salesforceConnectionSchema }),
    onSuccess: (connection) => client.setQueryData(connectionKey, connection),
  });
}

export function useDisconnectSalesforce() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest("/api/salesforce/connection", { method: "DELETE", schema: salesforceConnectionSchema }),
    onSuccess: (connection) => client.setQueryData(connectionKey, connection),
  });
}

export function useSyncStates(status: ListSyncStatesQuery["status"]) {
  return useQuery({
    queryKey: syncStatesKey(status),
    queryFn: ({ signal }) =>
      apiRequest(`/api/salesforce/sync-states?status=${status}`, {
        schema: z.object({ items: z.array(syncStateListItemSchema) }),
        signal,
      }),
    refetchInterval: 5_000,
  });
}

export function useRetryFailedSyncs() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest("/api/salesforce/sync-states/retry", {
        method: "POST",
        schema: z.object({ retried: z.number().int() }),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["salesforce", "sync-states"] }),
  });
}
