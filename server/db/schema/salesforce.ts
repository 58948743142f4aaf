import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ConnectionCheck, SalesforceAuthFlow, SalesforceSyncError } from "@/lib/schemas/salesforce-integration";
import { createdAt, id, updatedAt } from "@/server/db/schema/columns";
import { users } from "@/server/db/schema/users";

/**
 * The one integration connection an admin sets up for background sync. The refresh token is
 * encrypted at rest; the access token is short-lived and encrypted too.
 */
export const salesforceConnections = pgTable("salesforce_connections", {
  id: id(),
  orgId: text("org_id").notNull().unique(),
  instanceUrl: text("instance_url").notNull(),
  loginUrl: text("login_url").notNull(),
  connectedAsUserId: text("connected_as_user_id").notNull(),
  connectedAsUsername: text("connected_as_username"),
  accessTokenEncrypted: text("access_token_encrypted"),
  refreshTokenEncrypted: text("refresh_token_encrypted"),
  apiVersion: text("api_version").notNull(),
  /**
   * How a fresh access token is obtained: the refresh token the admin's OAuth consent gave, or (the
   * embedded local org, connected at start as its admin) the client-credentials grant, which has none.
   */
  authFlow: text("auth_flow").$type<SalesforceAuthFlow>().notNull().default("refresh_token"),
  multiCurrencyEnabled: boolean("multi_currency_enabled"),
  /** The outcome of the last health check (package installed, currencies present), shown to admins. */
  lastCheck: jsonb("last_check").$type<ConnectionCheck>(),
  connectedByUserId: uuid("connected_by_user_id").references(() => users.id, { onDelete: "set null" }),
  disconnectedAt: timestamp("disconnected_at", { withTimezone: true, mode: "date" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Where each synced record stands in Salesforce: reported in the API's `integrationIds`
 * (`service: "Salesforce"`, id, url, lastSynced, isPending) and on the admin sync page.
 */
export const salesforceSyncStates = pgTable(
  "salesforce_sync_states",
  {
    id: id(),
    entityType: text("entity_type").$type<"quote" | "billing_schedule" | "invoice" | "customer">().notNull(),
    entityId: uuid("entity_id").notNull(),
    salesforceId: text("salesforce_id"),
    salesforceUrl: text("salesforce_url"),
    isPending: boolean("is_pending").notNull().default(true),
    /** The entity revision last written, so an older job never overwrites a newer sync. */
    syncedVersion: integer("synced_version"),
    /** The newest revision a change asked to write; the record is in sync when syncedVersion reaches it. */
    requestedVersion: integer("requested_version"),
    /**
     * Which sync attempt is writing this record now, and until when the claim holds: two attempts
     * never write one record at once, and a crashed attempt's claim lapses.
     */
    claimedBy: uuid("claimed_by"),
    claimedUntil: timestamp("claimed_until", { withTimezone: true, mode: "date" }),
    /** External ids of the child records last written, so the next sync can remove the ones that went. */
    syncedChildIds: jsonb("synced_child_ids").$type<Record<string, string[]>>().notNull().default({}),
    lastSyncedAt: timestamp("last_synced_at", { withTimezone: true, mode: "date" }),
    lastError: jsonb("last_error").$type<SalesforceSyncError>(),
    /** Failed attempts since the last successful write. */
    attempts: integer("attempts").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("salesforce_sync_states_entity_uq").on(t.entityType, t.entityId),
    index("salesforce_sync_states_pending_idx").on(t.isPending),
  ],
);
