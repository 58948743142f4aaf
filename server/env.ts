import "server-only";
import { z } from "zod";
import { merchantBrandingSchema, type MerchantBranding } from "@/lib/schemas/quote";
import { demoMerchantBranding } from "@/server/demo/demo-merchant";

/**
 * The app's configuration, read from the environment once and validated. Nothing else reads
 * `process.env` (lint enforces it). A missing or malformed variable stops the app at start with a
 * message naming it.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the app is reached; used for OAuth callbacks and links written to Salesforce. */
  APP_BASE_URL: z.url().optional(),
  /** PostgreSQL connection string. Without it the app uses embedded PGlite in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "must be a postgres:// or postgresql:// connection string" })
    .optional(),
  /** Folder for embedded data (PGlite, the local Salesforce org). Created when missing. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** Load the demo catalog and customers at start. Defaults to on for the embedded database only. */
  DEMO_DATA: z.enum(["true", "false"]).optional(),
  /** Where users sign in to Salesforce (login.salesforce.com, a My Domain, or the local org). */
  SALESFORCE_LOGIN_URL: z.url().default("http://127.0.0.1:4010"),
  /** The connected app's consumer key and secret (the secret also verifies Canvas signed requests). */
  SALESFORCE_CLIENT_ID: z.string().min(1).optional(),
  SALESFORCE_CLIENT_SECRET: z.string().min(1).optional(),
  /** At least 50.0: the sync writes through /composite/graph, which older versions lack (reference §2.9). */
  SALESFORCE_API_VERSION: z
    .string()
    .regex(/^\d{2,3}\.0$/, { error: 'must look like "62.0"' })
    .refine((version) => Number(version) >= 50, { error: "must be 50.0 or later (composite graph needs it)" })
    .default("62.0"),
  /** Salesforce usernames that are admins on first sign-in (comma-separated); admins assign other roles. */
  ADMIN_USERNAMES: z.string().default(""),
  /** Signs and encrypts session cookies (32+ characters). Generated into DATA_DIR when not set. */
  SESSION_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  /** Encrypts Salesforce tokens at rest (32+ characters). Generated into DATA_DIR when not set. */
  TOKEN_ENCRYPTION_KEY: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  /** The seller shown on every quote (Sequence's `merchantBranding`), as JSON. */
  MERCHANT_BRANDING: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "must be a JSON object" });
        return z.NEVER;
      }
    })
    .pipe(merchantBrandingSchema)
    .optional(),
});

export type Env = z.infer<typeof envSchema> & {
  appBaseUrl: string;
  demoData: boolean;
  salesforceLoginUrl: string;
  adminUsernames: string[];
  /** MERCHANT_BRANDING, else the demo company when the demo data is loaded. */
  merchantBranding: MerchantBranding | undefined;
};

let cached: Env | undefined;

/** The configuration of this process, validated once. */
export function getEnv(): Env {
  cached ??= readEnv(process.env);
  return cached;
}

/** Validates a set of variables; throws an error that names every bad variable and what is wrong. */
export function readEnv(source: Record<string, string | undefined>): Env {
  // `NAME=` (empty) means "not set", as in .env files and shells, rather than an invalid value.
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration; fix these environment variables:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const demoData = env.DEMO_DATA ? env.DEMO_DATA === "true" : env.DATABASE_URL === undefined;
  return {
    ...env,
    appBaseUrl: (env.APP_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    demoData,
    merchantBranding: env.MERCHANT_BRANDING ?? (demoData ? demoMerchantBranding : undefined),
    salesforceLoginUrl: env.SALESFORCE_LOGIN_URL.replace(/\/$/, ""),
    adminUsernames: env.ADMIN_USERNAMES.split(",")
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  };
}
