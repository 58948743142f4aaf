import "server-only";
import type { Connection } from "jsforce";
import type { z } from "zod";
import { classifySalesforceFailure } from "@/server/salesforce/classify-salesforce-failure";

/**
 * POSTs to a composite resource (`/composite/graph`, `/composite`) and checks the answer against its
 * schema: one API call however many records it carries. jsforce never retries a POST; a request that
 * takes longer than `timeoutMs` is aborted. Anything that fails is thrown as a SalesforceFailure.
 */
export async function postComposite<T extends z.ZodType>({
  connection,
  path,
  body,
  schema,
  timeoutMs,
}: {
  connection: Connection;
  path: "/composite/graph" | "/composite";
  body: unknown;
  schema: T;
  timeoutMs: number;
}): Promise<z.infer<T>> {
  try {
    const answer = await connection.requestPost(path, body as object, { timeout: timeoutMs });
    return schema.parse(answer);
  } catch (error) {
    throw classifySalesforceFailure(error);
  }
}
