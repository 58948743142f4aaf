import { z } from "zod";
import { salesforcePackageDir } from "@/salesforce/package-dir";

const urlWithoutSlash = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ""));

/** Options of startLocalOrg; every one has a default, so `startLocalOrg({ port: 0, dataDir })` is enough. */
export const localOrgOptionsSchema = z.object({
  /** 0 picks a free port. */
  port: z.number().int().min(0).max(65535).default(4010),
  host: z.string().min(1).default("127.0.0.1"),
  /** Where the org keeps org.json and connected-app.json. */
  dataDir: z.string().min(1).default(".data/local-salesforce"),
  /** The app's base URL: the button opens <appUrl>/launch, the default callback is <appUrl>/auth/callback. */
  appUrl: urlWithoutSlash.default("http://localhost:3000"),
  /** Registered OAuth callback URLs; default [<appUrl>/auth/callback]. */
  callbackUrls: z.array(z.url()).min(1).optional(),
  /** Connected app credentials; generated once per data folder when not given. */
  clientId: z.string().min(1).optional(),
  clientSecret: z.string().min(1).optional(),
  accessTokenTtlSeconds: z.number().int().min(1).default(7200),
  /** DailyApiRequests: 15,000 as in a Developer Edition org (reference §2.11). */
  apiRequestLimit: z.number().int().min(0).default(15_000),
  /** The SFDX project the schema, button and layouts come from. */
  packageDir: z.string().min(1).default(salesforcePackageDir),
  /** Base URL clients see (instance_url, identity URLs); default http://<host>:<port>. */
  publicUrl: urlWithoutSlash.optional(),
  /** Receives one line per request and the start-up banner; silent by default. */
  onLog: z.custom<(line: string) => void>((value) => typeof value === "function").optional(),
});

export type LocalOrgOptions = z.input<typeof localOrgOptionsSchema>;
export type ResolvedLocalOrgOptions = z.output<typeof localOrgOptionsSchema>;
