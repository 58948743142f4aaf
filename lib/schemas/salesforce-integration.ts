import { z } from "zod";
import { integrationIdSchema } from "@/lib/schemas/primitives";

/**
 * The integration connection and the sync of records to Salesforce, as the admin pages and the quote
 * page see them. Each check says in plain words what is wrong and what to do about it.
 */

export const connectionCheckItemSchema = z.object({
  /** Stable key (for tests and the UI), e.g. "multi-currency", "object:Sequence_Quote__c". */
  key: z.string(),
  ok: z.boolean(),
  title: z.string(),
  detail: z.string(),
  /** What to do, when `ok` is false. */
  fix: z.string().optional(),
});

export const connectionCheckSchema = z.object({
  ok: z.boolean(),
  checkedAt: z.string(),
  items: z.array(connectionCheckItemSchema),
});

export const salesforceAuthFlowSchema = z.enum(["refresh_token", "client_credentials"]);

export const salesforceConnectionSchema = z.object({
  connected: z.boolean(),
  orgId: z.string().optional(),
  instanceUrl: z.string().optional(),
  connectedAs: z.object({ userId: z.string(), username: z.string().optional() }).optional(),
  /** How the app gets a fresh access token: the admin's refresh token, or (local org) client credentials. */
  authFlow: salesforceAuthFlowSchema.optional(),
  connectedAt: z.string().optional(),
  lastCheck: connectionCheckSchema.optional(),
});

/** Why the last write of a record to Salesforce failed, with Salesforce's own code and message. */
export const salesforceSyncErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  at: z.string(),
  /** True when retrying cannot help until someone fixes the cause (a validation rule, a missing field…). */
  permanent: z.boolean(),
  /** The record Salesforce refused, in words ("Phase 1, price “API calls”"), when it named one. */
  record: z.string().optional(),
  /** When the next automatic attempt is due, for an error that will be retried. */
  nextAttemptAt: z.string().optional(),
});

export const syncStatusSchema = z.enum(["pending", "synced", "retrying", "failed"]);

/** `GET /api/quotes/{id}/salesforce-sync`: where one quote stands in Salesforce (extension). */
export const quoteSalesforceSyncSchema = z.object({
  status: syncStatusSchema.or(z.literal("not_synced")),
  integrationId: integrationIdSchema.optional(),
  error: salesforceSyncErrorSchema.optional(),
  attempts: z.number().int(),
});

/** An item of the admin sync page: a record whose write to Salesforce is pending or failed. */
export const syncStateListItemSchema = z.object({
  entityType: z.enum(["quote", "billing_schedule", "invoice", "customer"]),
  entityId: z.string(),
  label: z.string(),
  status: syncStatusSchema,
  attempts: z.number().int(),
  error: salesforceSyncErrorSchema.optional(),
  lastSyncedAt: z.string().optional(),
  salesforceUrl: z.string().optional(),
  updatedAt: z.string(),
});

export const listSyncStatesQuerySchema = z.object({
  status: z.enum(["failed", "pending", "all"]).default("failed"),
});

export type ConnectionCheckItem = z.infer<typeof connectionCheckItemSchema>;
export type ConnectionCheck = z.infer<typeof connectionCheckSchema>;
export type SalesforceAuthFlow = z.infer<typeof salesforceAuthFlowSchema>;
export type SalesforceConnection = z.infer<typeof salesforceConnectionSchema>;
export type SalesforceSyncError = z.infer<typeof salesforceSyncErrorSchema>;
export type SyncStatus = z.infer<typeof syncStatusSchema>;
export type QuoteSalesforceSync = z.infer<typeof quoteSalesforceSyncSchema>;
export type SyncStateListItem = z.infer<typeof syncStateListItemSchema>;
export type ListSyncStatesQuery = z.infer<typeof listSyncStatesQuerySchema>;
