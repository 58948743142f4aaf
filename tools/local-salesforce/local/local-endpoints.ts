import { z } from "zod";
import { jsonReply, type HttpReply, type HttpRequestInfo } from "@/tools/local-salesforce/http/http-exchange";
import { faultSchema } from "@/tools/local-salesforce/local/faults";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";
import { demoUsers } from "@/tools/local-salesforce/seed/demo-users";

const settingsSchema = z.strictObject({
  multiCurrency: z.boolean().optional(),
  accessTokenTtlSeconds: z.number().int().min(1).optional(),
  apiRequestLimit: z.number().int().min(0).optional(),
});

type LocalHandler = (runtime: OrgRuntime, request: HttpRequestInfo) => HttpReply;

/**
 * Test-only endpoints under /__local. They are not Salesforce and the app must never call them;
 * tests and e2e fixtures use them to read credentials, inspect traffic and shape the org.
 */
const endpoints: Record<string, Partial<Record<string, LocalHandler>>> = {
  "/__local/connected-app": {
    GET: (runtime) => {
      const { clientId, clientSecret, callbackUrls } = runtime.connectedApp;
      return jsonReply(200, { clientId, clientSecret, callbackUrls });
    },
  },
  "/__local/users": {
    GET: () =>
      jsonReply(
        200,
        demoUsers.map((user) => ({
          id: user.id,
          username: user.username,
          name: `${user.firstName} ${user.lastName}`,
          role: user.role,
        })),
      ),
  },
  "/__local/requests": {
    GET: (runtime) => jsonReply(200, runtime.requestLog.snapshot()),
    DELETE: (runtime) => {
      runtime.requestLog.clear();
      return jsonReply(200, runtime.requestLog.snapshot());
    },
  },
  "/__local/faults": {
    GET: (runtime) => jsonReply(200, runtime.faults.list()),
    POST: (runtime, request) => withBody(request, faultSchema, (fault) => jsonReply(201, runtime.faults.add(fault))),
    DELETE: (runtime) => {
      runtime.faults.clear();
      return jsonReply(200, []);
    },
  },
  "/__local/reset": {
    POST: (runtime) => {
      runtime.reset();
      return jsonReply(200, { reset: true });
    },
  },
  "/__local/expire-access-tokens": {
    POST: (runtime) => {
      runtime.tokens.expireAccessTokens(runtime.now().getTime());
      runtime.saveSoon();
      return jsonReply(200, { expired: true });
    },
  },
  "/__local/settings": {
    GET: (runtime) => jsonReply(200, settingsOf(runtime)),
    POST: (runtime, request) =>
      withBody(request, settingsSchema, (settings) => {
        if (settings.accessTokenTtlSeconds !== undefined)
          runtime.accessTokenTtlSeconds = settings.accessTokenTtlSeconds;
        runtime.updateSettings({
          ...(settings.multiCurrency === undefined ? {} : { multiCurrency: settings.multiCurrency }),
          ...(settings.apiRequestLimit === undefined ? {} : { apiRequestLimit: settings.apiRequestLimit }),
        });
        return jsonReply(200, settingsOf(runtime));
      }),
  },
};

export function handleLocalEndpoint(runtime: OrgRuntime, request: HttpRequestInfo): HttpReply {
  const endpoint = endpoints[request.url.pathname.replace(/\/$/, "")];
  if (!endpoint) return jsonReply(404, { error: "not_found", message: `No test endpoint ${request.url.pathname}` });
  const handler = endpoint[request.method];
  if (!handler) return jsonReply(405, { error: "method_not_allowed", allowed: Object.keys(endpoint) });
  return handler(runtime, request);
}

function settingsOf(runtime: OrgRuntime) {
  return { ...runtime.settings, accessTokenTtlSeconds: runtime.accessTokenTtlSeconds };
}

function withBody<T extends z.ZodType>(
  request: HttpRequestInfo,
  schema: T,
  use: (value: z.output<T>) => HttpReply,
): HttpReply {
  let json: unknown;
  try {
    json = JSON.parse(request.body.toString("utf8") || "{}");
  } catch {
    return jsonReply(400, { error: "invalid_json", message: "The body must be JSON." });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return jsonReply(400, { error: "invalid_request", issues: parsed.error.issues });
  return use(parsed.data);
}
