import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { createOrgServer } from "@/tools/local-salesforce/http/org-server";
import { localOrgOptionsSchema, type LocalOrgOptions } from "@/tools/local-salesforce/local-org-options";
import { OrgRuntime } from "@/tools/local-salesforce/runtime/org-runtime";

export interface RunningLocalOrg {
  /** Login URL and instance URL, e.g. http://127.0.0.1:4010 (no trailing slash). */
  url: string;
  port: number;
  orgId: string;
  clientId: string;
  clientSecret: string;
  callbackUrls: string[];
  /** Where to begin: the opportunity list page. */
  startUrl: string;
  /** Stops listening, closes open connections and writes pending data. */
  stop: () => Promise<void>;
}

/**
 * Starts a local Salesforce org on a loopback port (port 0 picks a free one). Its data lives in
 * `dataDir` (org.json, connected-app.json): the demo org is seeded there on first start and kept
 * across restarts.
 */
export async function startLocalOrg(options: LocalOrgOptions = {}): Promise<RunningLocalOrg> {
  const parsed = localOrgOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid local org options: ${problems}`);
  }
  const resolved = { ...parsed.data, dataDir: resolve(parsed.data.dataDir) };
  const runtime = new OrgRuntime(resolved);
  const server = createOrgServer(runtime);
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(resolved.port, resolved.host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  runtime.publicUrl = resolved.publicUrl ?? `http://${resolved.host}:${port}`;
  const { clientId, clientSecret, callbackUrls } = runtime.connectedApp;
  return {
    url: runtime.publicUrl,
    port,
    orgId: runtime.state.orgId,
    clientId,
    clientSecret,
    callbackUrls,
    startUrl: `${runtime.publicUrl}/lightning/o/Opportunity/list`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      runtime.flush();
    },
  };
}
