import type { z } from "zod";
import { apiRequest } from "@/lib/api/api-request";
import { pageSchema } from "@/lib/schemas/pagination";

/**
 * Every item of a list endpoint, following Sequence's `after` cursors 100 at a time (the most a page
 * holds). For lists a picker searches in the browser, such as a currency's list prices.
 */
export async function fetchAllPages<T extends z.ZodType>(
  path: string,
  { query = {}, schema, signal }: { query?: Record<string, string>; schema: T; signal?: AbortSignal },
): Promise<z.infer<T>[]> {
  const pages = pageSchema(schema);
  const items: z.infer<T>[] = [];
  let after: string | undefined;
  do {
    const params = new URLSearchParams({ ...query, limit: "100", ...(after ? { after } : {}) });
    const page = await apiRequest(`${path}?${params.toString()}`, { schema: pages, ...(signal ? { signal } : {}) });
    items.push(...page.items);
    after = page.pagination.after;
  } while (after);
  return items;
}
