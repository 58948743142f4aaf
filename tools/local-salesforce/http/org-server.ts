import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import {
  jsonReply,
  parseCookies,
  textReply,
  type HttpReply,
  type HttpRequestInfo,
} from "@/tools/local-salesforce/http/http-exchange";
import { routeRequest } from "@/tools/local-salesforce/http/route-request";
import { faultResponse, type Fault } from "@/tools/local-salesforce/local/faults";
import { handleLocalEndpoint } from "@/tools/local-salesforce/local/local-endpoints";
import type { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";

const MAX_BODY_BYTES = 50 * 1024 * 1024;
const API_PATH = /^\/services\/data\/v\d+\.\d\//;

export function createOrgServer(runtime: OrgRuntime): Server {
  return createServer((request, response) => {
    handle(runtime, request, response).catch((error: unknown) => {
      runtime.options.onLog?.(
        `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!response.headersSent) write(response, textReply(500, "Internal error in the local org"));
    });
  });
}

async function handle(runtime: OrgRuntime, incoming: IncomingMessage, response: ServerResponse): Promise<void> {
  const started = Date.now();
  const request = await readRequest(incoming);
  if (!request) {
    write(response, textReply(413, "Request body too large"));
    return;
  }
  const path = request.url.pathname;
  if (path.startsWith("/__local/")) {
    write(response, handleLocalEndpoint(runtime, request));
    return;
  }
  const fault = runtime.faults.take(request.method, path);
  if (fault && fault.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  const log = (status: number, reply: HttpReply | null) => {
    runtime.requestLog.add({
      method: request.method,
      path,
      status,
      time: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      apiCall: reply?.apiCall ?? false,
      userId: reply?.userId ?? null,
      fault: fault && fault.action !== "delay" ? fault.id : null,
    });
    runtime.options.onLog?.(
      `${request.method} ${path} → ${status === 0 ? "dropped" : status} (${Date.now() - started} ms)`,
    );
  };
  if (fault?.action === "drop") {
    incoming.socket.destroy();
    log(0, null);
    return;
  }
  const reply = fault?.action === "error" ? faultReply(runtime, fault, path) : routeRequest(runtime, request);
  write(response, reply);
  log(reply.status, reply);
}

/** A fault answers in Salesforce's shape for the endpoint it replaces (and costs the API call it replaces). */
function faultReply(runtime: OrgRuntime, fault: Fault, path: string): HttpReply {
  const { status, errorCode, message } = faultResponse(fault);
  if (path.startsWith("/services/oauth2/")) return jsonReply(status, { error: errorCode, error_description: message });
  if (!API_PATH.test(path)) return textReply(status, `${errorCode}: ${message}`);
  const usage = runtime.countApiCall() ?? runtime.apiUsage();
  return {
    ...jsonReply(status, [{ message, errorCode }], { "Sforce-Limit-Info": `api-usage=${usage.used}/${usage.limit}` }),
    apiCall: true,
  };
}

async function readRequest(incoming: IncomingMessage): Promise<HttpRequestInfo | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return {
    method: (incoming.method ?? "GET").toUpperCase(),
    url: new URL(incoming.url ?? "/", "http://local-org"),
    headers,
    body: Buffer.concat(chunks),
    cookies: parseCookies(headers.cookie),
  };
}

function write(response: ServerResponse, reply: HttpReply): void {
  response.writeHead(reply.status, reply.headers);
  response.end(reply.body);
}
