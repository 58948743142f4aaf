import { z } from "zod";
import type { LocalOrgOptions } from "@/tools/local-salesforce/local-org-options";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z.object({
  LOCAL_ORG_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  LOCAL_ORG_HOST: z.string().trim().min(1).default("127.0.0.1"),
  LOCAL_ORG_DATA_DIR: z.string().trim().min(1).default(".data/local-salesforce"),
  LOCAL_ORG_APP_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  /** Comma-separated; default <LOCAL_ORG_APP_URL>/auth/callback. */
  LOCAL_ORG_CALLBACK_URLS: optionalText.pipe(
    z
      .string()
      .transform((value) => value.split(",").map((url) => url.trim()))
      .pipe(z.array(z.url({ protocol: /^https?$/ })).min(1))
      .optional(),
  ),
  LOCAL_ORG_CLIENT_ID: optionalText,
  LOCAL_ORG_CLIENT_SECRET: optionalText,
  LOCAL_ORG_ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(1).default(7200),
  LOCAL_ORG_PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
});

/**
 * The local org's settings from the environment, validated once. A bad value stops the program
 * with a message that names the variable.
 */
export function localOrgOptionsFromEnv(env: Record<string, string | undefined> = process.env): LocalOrgOptions {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    throw new Error(`Invalid local org configuration:\n  ${problems.join("\n  ")}`);
  }
  const value = parsed.data;
  return {
    port: value.LOCAL_ORG_PORT,
    host: value.LOCAL_ORG_HOST,
    dataDir: value.LOCAL_ORG_DATA_DIR,
    appUrl: value.LOCAL_ORG_APP_URL,
    callbackUrls: value.LOCAL_ORG_CALLBACK_URLS,
    clientId: value.LOCAL_ORG_CLIENT_ID,
    clientSecret: value.LOCAL_ORG_CLIENT_SECRET,
    accessTokenTtlSeconds: value.LOCAL_ORG_ACCESS_TOKEN_TTL_SECONDS,
    publicUrl: value.LOCAL_ORG_PUBLIC_URL,
  };
}
