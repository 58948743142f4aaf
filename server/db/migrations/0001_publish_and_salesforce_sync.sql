ALTER TABLE "salesforce_connections" ADD COLUMN "auth_flow" text DEFAULT 'refresh_token' NOT NULL;--> statement-breakpoint
ALTER TABLE "salesforce_sync_states" ADD COLUMN "requested_version" integer;--> statement-breakpoint
ALTER TABLE "salesforce_sync_states" ADD COLUMN "claimed_by" uuid;--> statement-breakpoint
ALTER TABLE "salesforce_sync_states" ADD COLUMN "claimed_until" timestamp with time zone;