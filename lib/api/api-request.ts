import type { z } from "zod";
import { ApiRequestError } from "@/lib/api/api-request-error";
import { csrfHeader } from "@/lib/api/csrf-header";
import { getSessionToken } from "@/lib/api/session-token";
import { apiErrorBodySchema } from "@/lib/schemas/api-error";

/**
 * The one way the UI calls the API: JSON in and out, the CSRF header on every call, the Canvas session
 * header when there is one, errors as ApiRequestError, and the response checked against its schema.
 */
export async function apiRequest<T extends z.ZodType>(
  path: string,
  { method = "GET", body, schema, signal }: { method?: string; body?: unknown; schema: T; signal?: AbortSignal },
): Promise<z.infer<T>> {
  const headers: Record<string, string> = { Accept: "application/json", [csrfHeader.name]: csrfHeader.value };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const token = getSessionToken();
  if (token) headers["x-cpq-session"] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiRequestError(
      0,
      "network_error",
      "The app could not be reached. Check your connection; your changes are kept and will be saved when it is back.",
    );
  }
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(json);
    if (parsed.success) {
      const { code, message, errors } = parsed.data.error;
      throw new ApiRequestError(response.status, code, message, errors ?? []);
    }
    throw new ApiRequestError(
      response.status,
      "unexpected_response",
      `The app answered ${response.status} without an explanation.`,
    );
  }
  return schema.parse(json);
}
