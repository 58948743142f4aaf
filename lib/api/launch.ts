import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "@/lib/api/api-request";
import {
  launchLinkResultSchema,
  launchViewSchema,
  type LaunchLinkResult,
  type LinkCustomerBody,
} from "@/lib/schemas/launch";

export const launchKeys = {
  view: (opportunityId: string) => ["launch", opportunityId] as const,
};

/** The launch page's data. It costs a Salesforce API call, so it is not refetched on focus. */
export function useLaunchView(opportunityId: string) {
  return useQuery({
    queryKey: launchKeys.view(opportunityId),
    queryFn: ({ signal }) =>
      apiRequest(`/api/launch/opportunities/${opportunityId}`, { schema: launchViewSchema, signal }),
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

/** Creating or linking answers with the new view, which replaces the cached one (no second Salesforce read). */
function useLinkMutation<T>(opportunityId: string, request: (body: T) => Promise<LaunchLinkResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (result) => {
      client.setQueryData(launchKeys.view(opportunityId), result.view);
      void client.invalidateQueries({ queryKey: ["customers"] });
    },
  });
}

export function useCreateCustomerFromAccount(opportunityId: string) {
  return useLinkMutation(opportunityId, () =>
    apiRequest(`/api/launch/opportunities/${opportunityId}/customer`, {
      method: "POST",
      schema: launchLinkResultSchema,
    }),
  );
}

export function useLinkCustomer(opportunityId: string) {
  return useLinkMutation(opportunityId, (body: LinkCustomerBody) =>
    apiRequest(`/api/launch/opportunities/${opportunityId}/link`, {
      method: "POST",
      body,
      schema: launchLinkResultSchema,
    }),
  );
}
