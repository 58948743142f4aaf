import { type z } from "zod";
import { requestError } from "@/tools/local-salesforce/records/sf-error";

/**
 * Validates a request body's envelope (collections, composite, graph, tree). Salesforce rejects a
 * body it cannot deserialize as a whole with 400 JSON_PARSER_ERROR; the message names the problem.
 */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  throw requestError(
    "JSON_PARSER_ERROR",
    `Cannot deserialize the request body${where}: ${issue?.message ?? "invalid"}`,
  );
}
