import "server-only";
import type { z } from "zod";
import { csrfHeader } from "@/lib/api/csrf-header";
import { formatPath, toProblems, type Problem } from "@/lib/schemas/problems";
import { ApiError } from "@/server/api/api-error";
import { errorResponse } from "@/server/api/error-response";
import { sequenceVersion } from "@/server/api/sequence-version";
import type { Actor } from "@/server/auth/actor";
import { authenticateRequest } from "@/server/auth/authenticate-request";
import type { Database } from "@/server/db/database";
import { getDatabase } from "@/server/db/get-database";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

type Handler<P, Q, B> = (input: {
  params: P;
  query: Q;
  body: B;
  actor: Actor;
  db: Database;
  request: Request;
}) => Promise<unknown>;

type Spec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  params?: P;
  query?: Q;
  body?: B;
  /** Status of a successful response (201 for creates). */
  status?: number;
  /** Checked after authentication; throw an ApiError (403) to refuse. */
  authorize?: (actor: Actor) => void;
};

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    out[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return out;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(
      400,
      "ValidationError",
      "invalid_json",
      `The request body is not valid JSON (${(error as Error).message}). Send a JSON object with Content-Type: application/json. Nothing was changed.`,
    );
  }
}

/**
 * Where the input holds the NUL character, which no PostgreSQL text can store: refused up front, at
 * its path, rather than failing the write with a 500.
 */
function nulProblems(value: unknown, path: PropertyKey[] = []): Problem[] {
  const problem = (at: PropertyKey[]) => ({
    path: formatPath(at),
    message: "must not contain the NUL character (\\u0000)",
  });
  if (typeof value === "string") return value.includes("\u0000") ? [problem(path)] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nulProblems(item, [...path, index]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.includes("\u0000") ? [problem([...path, key])] : []),
      ...nulProblems(item, [...path, key]),
    ]);
  }
  return [];
}

function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const nul = nulProblems(value);
  if (nul.length > 0) throw ApiError.validation(nul, where);
  const result = schema.safeParse(value);
  if (!result.success) throw ApiError.validation(toProblems(result.error), where);
  return result.data;
}

/**
 * Declares an API route: authenticates (HTTP Basic API key or session), parses params, query and body
 * with the schemas, calls the handler and maps whatever it throws to the one error shape. Bad input is
 * rejected before the handler runs, so it never writes anything. `Sequence-Version` is accepted and
 * echoed on every response.
 */
export function defineRoute<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(spec: Spec<P, Q, B>, handler: Handler<z.infer<P>, z.infer<Q>, z.infer<B>>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const headers = new Headers({ "Cache-Control": "no-store" });
    try {
      const { version, recognised, supported } = sequenceVersion(request);
      headers.set("Sequence-Version", version);
      if (!recognised) {
        throw new ApiError(
          400,
          "UnrecognisedApiVersion",
          "unrecognised_api_version",
          `No matching API version found. Please make sure the specified API version is valid (one of ${supported.join(", ")}).`,
        );
      }

      const db = await getDatabase();
      const actor = await authenticateRequest({ db, request });
      if (!actor) {
        throw ApiError.unauthorized(
          request.headers.get("authorization")
            ? "The credentials were not accepted: check the API key's client id and secret (Authorization: Basic base64(clientId:clientSecret))."
            : "Authentication required: send Authorization: Basic base64(clientId:clientSecret) with an API key.",
        );
      }
      spec.authorize?.(actor);

      const rawParams = await context.params;
      const params = spec.params ? parse(spec.params, rawParams, "path") : rawParams;
      const query = spec.query ? parse(spec.query, queryObject(new URL(request.url)), "query string") : undefined;
      const body = spec.body ? parse(spec.body, await readJson(request), "request body") : undefined;

      const result = await handler({ params, query, body, actor, db, request } as never);
      if (result instanceof Response) {
        headers.forEach((value, key) => result.headers.set(key, value));
        return result;
      }
      return Response.json(result, { status: spec.status ?? 200, headers });
    } catch (error) {
      // Our UI marks its calls with the CSRF header; it gets its 401 without a Basic challenge.
      return errorResponse(error, headers, { challenge: request.headers.get(csrfHeader.name) !== csrfHeader.value });
    }
  };
}
