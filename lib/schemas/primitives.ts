import { z } from "zod";
import { currencyMinorUnits, type CurrencyCode } from "@/lib/money/currencies";

const DECIMAL = /^-?\d{1,18}(\.\d{1,12})?$/;

/** An error message for a field that is present but wrong, and "is required" when it is missing. */
export function requiredOr(message: string | ((input: unknown) => string)) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? "is required" : typeof message === "string" ? message : message(issue.input);
}

/**
 * A required, trimmed, non-empty text of at most `max` characters. (A schema-level `error` would
 * replace every message of the chain, so "is required" is given only when the value is missing.)
 */
export function requiredTextSchema(max: number) {
  return z
    .string({ error: requiredOr("must be text") })
    .trim()
    .min(1, { error: "must not be empty" })
    .max(max, { error: `must be at most ${max} characters` });
}

function toDecimalText(value: unknown): unknown {
  return typeof value === "number" && Number.isFinite(value) ? String(value) : value;
}

/** A field left blank (a line just added in the builder) needs a value, not a lesson in number syntax. */
function notADecimal(input: unknown): string {
  return input === ""
    ? "must not be empty; enter a number"
    : `"${String(input)}" is not a decimal number; write it like "12.50" (no exponent, no thousands separators)`;
}

/**
 * Money and quantities travel as decimal strings ("12.50"), as in Sequence's API. A JSON number is
 * accepted too (Sequence's billing schedules send discount amounts as numbers) and kept as text, so
 * no binary float ever reaches a calculation.
 */
export const decimalSchema = z.preprocess(
  toDecimalText,
  z.string({ error: requiredOr('must be a decimal number written as a string, for example "12.50"') }).regex(DECIMAL, {
    error: (issue) => notADecimal(issue.input),
  }),
);

const NON_NEGATIVE_DECIMAL = /^\d{1,18}(\.\d{1,12})?$/;

/** One regular expression rather than a decimal check plus a sign check: it is on every price of every line. */
export const nonNegativeDecimalSchema = z.preprocess(
  toDecimalText,
  z
    .string({ error: requiredOr('must be a decimal number written as a string, for example "12.50"') })
    .regex(NON_NEGATIVE_DECIMAL, {
      error: (issue) =>
        typeof issue.input === "string" && DECIMAL.test(issue.input)
          ? "must not be negative"
          : notADecimal(issue.input),
    }),
);

export const positiveDecimalSchema = nonNegativeDecimalSchema.refine((value) => /[1-9]/.test(value), {
  error: "must be greater than zero",
});

const currencyCodes = Object.keys(currencyMinorUnits) as [CurrencyCode, ...CurrencyCode[]];

export const currencySchema = z.enum(currencyCodes, {
  error: requiredOr(
    (input) =>
      `"${String(input)}" is not an ISO 4217 currency code with minor units; use for example "USD", "EUR" or "JPY"`,
  ),
});

export const isoDateSchema = z.iso.date({
  error: requiredOr('must be a calendar date written YYYY-MM-DD, for example "2027-01-31"'),
});

export const uuidSchema = z.uuid({ error: requiredOr("must be a UUID") });

/** Entity ids in our API are UUIDs; anything else cannot name a record, so it is a 404, not a 400. */
export const idParamsSchema = z.object({ id: z.string() });

export const integrationServices = [
  "Amazon_Redshift",
  "GoCardless",
  "Google_BigQuery",
  "Google_Sheets",
  "HubSpot",
  "NetSuite",
  "QuickBooks_Online",
  "Salesforce",
  "Slack",
  "Snowflake",
  "Stripe",
  "Xero",
  "Avalara",
  "Anrok",
  "Attio",
  "Numeral",
  "Rillet",
  "Sphere",
] as const;

export const integrationServiceSchema = z.enum(integrationServices);

export const integrationIdRequestSchema = z.strictObject({
  service: integrationServiceSchema,
  id: z.string().min(1, { error: "must not be empty" }),
});

/** As Sequence returns it: `isPending` is true while a sync to that service is still under way. */
export const integrationIdSchema = z.object({
  service: integrationServiceSchema,
  id: z.string(),
  isPending: z.boolean(),
  lastSynced: z.string().optional(),
  url: z.string().optional(),
});

export const customMetricParameterSchema = z.strictObject({
  parameterId: z.string().min(1),
  value: z.string(),
});

export const billingFrequencies = [
  "ON_DEMAND",
  "ONE_TIME",
  "MONTHLY",
  "QUARTERLY",
  "HALF_YEARLY",
  "YEARLY",
  "PER_EVENT",
] as const;
export const billingFrequencySchema = z.enum(billingFrequencies, {
  error: requiredOr(`must be one of ${billingFrequencies.join(", ")}`),
});
export type BillingFrequency = z.infer<typeof billingFrequencySchema>;

export const billingTypeSchema = z.enum(["IN_ARREARS", "IN_ADVANCE"], {
  error: requiredOr("must be IN_ARREARS or IN_ADVANCE"),
});
export type BillingType = z.infer<typeof billingTypeSchema>;

export type IntegrationId = z.infer<typeof integrationIdSchema>;
export type IntegrationIdRequest = z.infer<typeof integrationIdRequestSchema>;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in this API are UUIDs: anything else names no record (a 404, not a database error). */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
