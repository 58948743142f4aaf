import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "@/server/db/schema/columns";

export const userRole = pgEnum("user_role", ["rep", "approver", "admin"]);

/** People who sign in with Salesforce. Created on first sign-in; the Salesforce ids identify them. */
export const users = pgTable(
  "users",
  {
    id: id(),
    salesforceUserId: text("salesforce_user_id").notNull().unique(),
    salesforceOrgId: text("salesforce_org_id").notNull(),
    username: text("username").notNull(),
    name: text("name").notNull(),
    email: text("email"),
    role: userRole("role").notNull().default("rep"),
    lastSignedInAt: timestamp("last_signed_in_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("users_org_idx").on(t.salesforceOrgId)],
);

/**
 * A user's own Salesforce token, used to read what that user may see (sharing decides what a rep may
 * quote). Both tokens are encrypted at rest.
 */
export const userSalesforceCredentials = pgTable("user_salesforce_credentials", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  instanceUrl: text("instance_url").notNull(),
  accessTokenEncrypted: text("access_token_encrypted").notNull(),
  refreshTokenEncrypted: text("refresh_token_encrypted"),
  issuedAt: timestamp("issued_at", { withTimezone: true, mode: "date" }).notNull(),
  updatedAt: updatedAt(),
});

/** Machine clients authenticate with HTTP Basic (client id + secret), as with Sequence. */
export const apiKeys = pgTable("api_keys", {
  id: id(),
  name: text("name").notNull(),
  clientId: text("client_id").notNull().unique(),
  /** SHA-256 of the secret: secrets are 256 random bits, so a fast hash cannot be brute-forced. */
  secretHash: text("secret_hash").notNull(),
  createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date" }),
  revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  createdAt: createdAt(),
});
