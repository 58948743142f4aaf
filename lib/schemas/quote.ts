import { z } from "zod";
import { canonicalId18 } from "@/lib/salesforce/record-id";
import { addressSchema } from "@/lib/schemas/customer";
import { listQuerySchema, queryBooleanSchema } from "@/lib/schemas/pagination";
import {
  checkPercentage,
  discountFields,
  discountTypeSchema,
  durationSchema,
  minimumFields,
  percentageMessage,
  priceFields,
} from "@/lib/schemas/quote-pricing";
import {
  currencySchema,
  customMetricParameterSchema,
  integrationIdRequestSchema,
  integrationIdSchema,
  isoDateSchema,
  requiredTextSchema,
  uuidSchema,
} from "@/lib/schemas/primitives";
import { salesforceSyncErrorSchema } from "@/lib/schemas/salesforce-integration";

/**
 * Quotes in Sequence's 2024-05-09 shapes: phases with a calendar `duration`, inline prices keyed by a
 * client-chosen `temporaryId`, discounts and minimums that name those ids in `restrictToPrices`.
 * Extensions (all optional, so a payload written for Sequence is still accepted): a price's expected
 * `quantity` and `rateOnly`, a phase's `name`, the quote's `salesforceOpportunityId` and `version`.
 *
 * The API bodies are strict (unknown keys are refused); the parts that price a quote, and the lenient
 * pricing input the engine reads, are in lib/schemas/quote-pricing.ts.
 */

// --- API bodies -------------------------------------------------------------------------------

export const quotePriceBodySchema = z.strictObject({
  temporaryId: uuidSchema,
  productId: uuidSchema,
  name: requiredTextSchema(255),
  ...priceFields,
  integrationIds: z.array(integrationIdRequestSchema).default([]),
  customMetricParameters: z.array(customMetricParameterSchema).default([]),
  listPriceId: z.string().optional(),
});

export const quoteDiscountBodySchema = z
  .strictObject({ ...discountFields, message: z.string().max(500).default("") })
  .refine(checkPercentage, percentageMessage);

export const quoteMinimumBodySchema = z.strictObject(minimumFields);

export const quotePhaseBodySchema = z.strictObject({
  /** Extension: a label for the phase ("Ramp year 1"). */
  name: z.string().max(255).optional(),
  duration: durationSchema.nullish(),
  prices: z.array(quotePriceBodySchema).default([]),
  discounts: z.array(quoteDiscountBodySchema).default([]),
  minimums: z.array(quoteMinimumBodySchema).default([]),
});

/** Stored as the canonical 18-character id, so a 15-character id from a button URL names the same record. */
const salesforceIdSchema = z.string().transform((id, ctx) => {
  const canonical = canonicalId18(id);
  if (canonical) return canonical;
  ctx.addIssue({ code: "custom", message: "must be a Salesforce record id (15 or 18 letters and digits)" });
  return z.NEVER;
});

const quoteHeaderFields = {
  customerId: uuidSchema.optional(),
  title: z.string().max(255).optional(),
  currency: currencySchema.optional(),
  dealType: z.enum(["NEW_BUSINESS", "RENEWAL"]).optional(),
  preliminaryBillingStartDate: isoDateSchema.optional(),
  expiryDays: z
    .number()
    .int()
    .min(1, { error: "must be at least 1 day" })
    .max(365, { error: "must be at most 365 days" })
    .optional(),
  salesforceOpportunityId: salesforceIdSchema.optional(),
};

/** `POST /api/quotes`: a blank quote, everything optional. */
export const createQuoteBodySchema = z.strictObject(quoteHeaderFields);

/** `PUT /api/quotes/{id}`: replaces the draft. `version` (extension) makes a stale write a 409. */
export const updateQuoteBodySchema = z.strictObject({
  ...quoteHeaderFields,
  presentation: z.array(z.unknown()).default([]),
  phases: z.array(quotePhaseBodySchema),
  contactIds: z.array(z.string()).default([]),
  version: z.number().int().min(0).optional(),
});

/**
 * `POST /api/quotes/{id}/publish` (Sequence's `PublishQuoteRequest`). An empty body is accepted too.
 * `version` (extension) makes publishing content someone else changed meanwhile a 409.
 */
export const publishQuoteBodySchema = z
  .strictObject({
    sendRecipientsEmail: z.boolean().default(false),
    emailMessage: z.string().max(5000).optional(),
    version: z.number().int().min(0).optional(),
  })
  .default({ sendRecipientsEmail: false });

export const listQuotesQuerySchema = listQuerySchema.extend({
  customerId: z.string().optional(),
  includeArchived: queryBooleanSchema.optional(),
  /** Any status of the 2024-07-30 list; PREPARING_SIGNATURE_REQUEST (e-signature) never applies here. */
  status: z
    .enum(["DRAFT", "PUBLISHED", "PREPARING_SIGNATURE_REQUEST", "READY_TO_SIGN", "ACCEPTED", "EXECUTED"], {
      error: "must be one of DRAFT, PUBLISHED, PREPARING_SIGNATURE_REQUEST, READY_TO_SIGN, ACCEPTED, EXECUTED",
    })
    .optional(),
  title: z.string().optional(),
  hasActiveApprovalWorkflow: queryBooleanSchema.optional(),
  /** Comma-separated ids of the quotes' owners (a user's or an API key's id, as in `createdBy`). */
  createdBy: z.string().optional(),
  /** Newest first unless given; `acceptedAt` sorts by acceptance, unaccepted quotes as the oldest. */
  sortBy: z.enum(["acceptedAt"], { error: 'must be "acceptedAt" (or left out for newest first)' }).optional(),
  salesforceOpportunityId: z.string().optional(),
});

// --- Responses ------------------------------------------------------------------------------------

export const quoteStatusSchema = z.enum(["DRAFT", "PUBLISHED", "READY_TO_SIGN", "ACCEPTED", "EXECUTED"]);

const timestamps = { createdAt: z.string(), updatedAt: z.string() };

export const quotePriceSchema = quotePriceBodySchema
  .omit({ temporaryId: true })
  .extend({ id: z.string(), ...timestamps });

export const quoteDiscountSchema = z.object({
  id: z.string(),
  restrictToPrices: z.array(z.string()),
  amount: z.string(),
  discountCalculationType: discountTypeSchema,
  message: z.string(),
  ...timestamps,
});

export const quoteMinimumSchema = z.object({
  id: z.string(),
  amount: z.string(),
  restrictToPrices: z.array(z.string()),
  ...timestamps,
});

export const quotePhaseSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  name: z.string().optional(),
  /** Absent for an open-ended phase: the spec's response `Duration` is optional, not nullable. */
  duration: durationSchema.optional(),
  prices: z.array(quotePriceSchema),
  discounts: z.array(quoteDiscountSchema),
  minimums: z.array(quoteMinimumSchema),
});

/** The seller, as Sequence shows it on every quote (`QuoteMerchantDetails`); configured by MERCHANT_BRANDING. */
export const merchantBrandingSchema = z.strictObject({
  logoUrl: z.string().optional(),
  legalCompanyName: requiredTextSchema(255),
  primaryColour: z.string().optional(),
  url: z.string().optional(),
  address: addressSchema,
  email: z.email({ error: "must be an email address" }),
});

export const quoteSchema = z.object({
  id: z.string(),
  createdBy: z.string(),
  customerId: z.string().optional(),
  quoteNumber: z.string().optional(),
  title: z.string().optional(),
  currency: currencySchema.optional(),
  presentation: z.array(z.unknown()),
  status: quoteStatusSchema,
  dealType: z.enum(["NEW_BUSINESS", "RENEWAL"]).optional(),
  preliminaryBillingStartDate: z.string().optional(),
  expiresAt: z.string().optional(),
  publishedAt: z.string().optional(),
  acceptedAt: z.string().optional(),
  executedAt: z.string().optional(),
  ...timestamps,
  expiryDays: z.number().optional(),
  /** What the quote was made from: `{ entityType: "QUOTE", entityId }` for a duplicate. */
  createdFrom: z.object({ entityType: z.string(), entityId: z.string() }).optional(),
  merchantBranding: merchantBrandingSchema.optional(),
  phases: z.array(quotePhaseSchema),
  archivedAt: z.string().optional(),
  contactIds: z.array(z.string()),
  contacts: z.array(
    z.object({ contactId: z.string(), name: z.string(), email: z.string(), signedAt: z.string().optional() }),
  ),
  isSignaturesEnabled: z.boolean(),
  billingScheduleId: z.string().optional(),
  isExpired: z.boolean(),
  // Extensions
  version: z.number().int(),
  salesforceOpportunityId: z.string().optional(),
  integrationIds: z.array(integrationIdSchema),
  /** Why the last write to Salesforce failed, while it has not succeeded since. */
  salesforceSyncError: salesforceSyncErrorSchema.optional(),
  /** The link the customer opens (no sign-in), once the quote has been published. */
  buyerUrl: z.string().optional(),
  /** A published quote was edited since: the customer still sees the published version until it is republished. */
  hasUnpublishedChanges: z.boolean().optional(),
});

/** An item of `GET /api/quotes`: the header of each quote's current version, plus its total (extension). */
export const quoteListItemSchema = quoteSchema
  .pick({
    id: true,
    createdBy: true,
    customerId: true,
    quoteNumber: true,
    title: true,
    currency: true,
    status: true,
    dealType: true,
    preliminaryBillingStartDate: true,
    expiresAt: true,
    publishedAt: true,
    acceptedAt: true,
    executedAt: true,
    createdAt: true,
    updatedAt: true,
    billingScheduleId: true,
    expiryDays: true,
    archivedAt: true,
    isExpired: true,
    salesforceOpportunityId: true,
  })
  .extend({ totalContractValue: z.string().optional() });

export type QuotePriceBody = z.infer<typeof quotePriceBodySchema>;
export type QuoteDiscountBody = z.infer<typeof quoteDiscountBodySchema>;
export type QuoteMinimumBody = z.infer<typeof quoteMinimumBodySchema>;
export type QuotePhaseBody = z.infer<typeof quotePhaseBodySchema>;
export type CreateQuoteBody = z.infer<typeof createQuoteBodySchema>;
export type UpdateQuoteBody = z.infer<typeof updateQuoteBodySchema>;
export type ListQuotesQuery = z.infer<typeof listQuotesQuerySchema>;
export type PublishQuoteBody = z.infer<typeof publishQuoteBodySchema>;
export type QuoteStatus = z.infer<typeof quoteStatusSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type QuoteListItem = z.infer<typeof quoteListItemSchema>;
export type MerchantBranding = z.infer<typeof merchantBrandingSchema>;
