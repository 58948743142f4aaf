import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Connection } from "jsforce";
import type { LocalOrgOptions } from "@/tools/local-salesforce/local-org-options";
import { startLocalOrg, type RunningLocalOrg } from "@/tools/local-salesforce/start-local-org";

export const API_VERSION = "62.0";

export const RITA = "rita.rep@sequence-demo.test";
export const SAM = "sam.rep@sequence-demo.test";
export const ALEX = "alex.approver@sequence-demo.test";
export const ADA = "ada.admin@sequence-demo.test";

export interface TestOrg extends RunningLocalOrg {
  dataDir: string;
  /** An access token for a demo user (password grant). */
  token: (username: string) => Promise<string>;
  /** A jsforce connection signed in as a demo user through the OAuth password flow. */
  connect: (username: string) => Promise<Connection>;
  /** fetch against the org; `path` is absolute (/services/data/...) or relative to the version root. */
  api: (token: string, method: string, path: string, body?: unknown) => Promise<ApiResponse>;
  local: (path: string, method?: string, body?: unknown) => Promise<ApiResponse>;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** A local org on a random loopback port with its own temporary data folder. */
export async function startTestOrg(options: Partial<LocalOrgOptions> = {}, dataDir?: string): Promise<TestOrg> {
  const folder = dataDir ?? mkdtempSync(join(tmpdir(), "local-org-test-"));
  const org = await startLocalOrg({ port: 0, dataDir: folder, ...options });
  const request = async (path: string, init: RequestInit): Promise<ApiResponse> => {
    const response = await fetch(`${org.url}${path}`, { redirect: "manual", ...init });
    const text = await response.text();
    let body: unknown = text;
    if ((response.headers.get("content-type") ?? "").includes("json") && text) body = JSON.parse(text);
    return { status: response.status, headers: response.headers, body };
  };
  const token = async (username: string) => {
    const form = new URLSearchParams({
      grant_type: "password",
      client_id: org.clientId,
      client_secret: org.clientSecret,
      username,
      password: "password",
    });
    const response = await request("/services/oauth2/token", { method: "POST", body: form });
    return (response.body as { access_token: string }).access_token;
  };
  return {
    ...org,
    dataDir: folder,
    token,
    connect: async (username) => {
      const connection = new Connection({
        oauth2: { loginUrl: org.url, clientId: org.clientId, clientSecret: org.clientSecret },
        version: API_VERSION,
      });
      await connection.login(username, "password");
      return connection;
    },
    api: (accessToken, method, path, body) =>
      request(path.startsWith("/services/") ? path : `/services/data/v${API_VERSION}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${accessToken}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    local: (path, method = "GET", body) =>
      request(path, {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } }),
      }),
    stop: async () => {
      await org.stop();
      if (!dataDir) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The first error of a Salesforce error array. */
export function firstError(body: unknown): {
  errorCode?: string;
  statusCode?: string;
  message: string;
  fields?: string[];
} {
  const list = body as Array<{ errorCode?: string; statusCode?: string; message: string; fields?: string[] }>;
  const first = list[0];
  if (!first) throw new Error(`Expected an error array, got ${JSON.stringify(body)}`);
  return first;
}
