import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "@/lib/api/api-request";
import { userSchema, type UpdateUserBody } from "@/lib/schemas/user";

const usersKey = ["users"] as const;

export function useUsers() {
  return useQuery({
    queryKey: usersKey,
    queryFn: ({ signal }) => apiRequest("/api/users", { schema: z.object({ items: z.array(userSchema) }), signal }),
  });
}

export function useUpdateUserRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) =>
      apiRequest(`/api/users/${id}`, { method: "PATCH", body, schema: userSchema }),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}
