CREATE TYPE "public"."billing_schedule_status" AS ENUM('DRAFT', 'PENDING', 'ACTIVE', 'SUSPENDED', 'CANCELLED', 'COMPLETED');--> statement-breakpoint
CREATE TYPE "public"."invoice_payment_status" AS ENUM('UNPAID', 'PARTIALLY_PAID', 'PAID', 'UNCOLLECTIBLE');--> statement-breakpoint
CREATE TYPE "public"."invoice_status" AS ENUM('IN_PROGRESS', 'DRAFT', 'FINAL', 'SENT', 'VOIDED');--> statement-breakpoint
CREATE TYPE "public"."billing_preference" AS ENUM('PRIMARY', 'STANDARD', 'NONE');--> statement-breakpoint
CREATE TYPE "public"."customer_status" AS ENUM('DRAFT', 'ACTIVE');--> statement-breakpoint
CREATE TYPE "public"."tax_status" AS ENUM('TAXED', 'TAX_EXEMPT', 'REVERSE_CHARGED');--> statement-breakpoint
CREATE TYPE "public"."quote_status" AS ENUM('DRAFT', 'PUBLISHED', 'READY_TO_SIGN', 'ACCEPTED', 'EXECUTED');--> statement-breakpoint
CREATE TYPE "public"."quote_version_state" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('rep', 'approver', 'admin');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "billing_schedule_discounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"phase_id" uuid NOT NULL,
	"type" text NOT NULL,
	"amount" numeric NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"separate_line_item" boolean DEFAULT false NOT NULL,
	"seat_discount_type" text,
	"restrict_to_prices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "billing_schedule_minimums" (
	"id" uuid PRIMARY KEY NOT NULL,
	"phase_id" uuid NOT NULL,
	"amount" numeric NOT NULL,
	"restrict_to_prices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "billing_schedule_phases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"billing_schedule_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"price_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recurrence_preference" text DEFAULT 'CONTINUE_FROM_PREVIOUS_PHASE' NOT NULL,
	"external_contract_ref" text,
	"phase_price_metadata" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "billing_schedules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"quote_id" uuid,
	"salesforce_opportunity_id" text,
	"status" "billing_schedule_status" DEFAULT 'DRAFT' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"recurrence_day_of_month" integer,
	"tax_rates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"auto_issue_invoices" boolean DEFAULT false NOT NULL,
	"auto_charge" boolean,
	"roll_up_billing" boolean DEFAULT false NOT NULL,
	"purchase_order_number" text,
	"reference" text,
	"label" text,
	"memo" text,
	"payment_provider" text,
	"default_due_date_days" integer,
	"custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attachment_asset_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "invoice_line_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"quantity" numeric NOT NULL,
	"rate" numeric NOT NULL,
	"tax_rate" numeric DEFAULT '0' NOT NULL,
	"net_total" numeric NOT NULL,
	"total_tax" numeric DEFAULT '0' NOT NULL,
	"gross_total" numeric NOT NULL,
	"price_id" uuid,
	"service_period_start" date,
	"service_period_end" date,
	"rate_display" text DEFAULT 'ABSOLUTE' NOT NULL,
	"external_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"billing_schedule_id" uuid,
	"status" "invoice_status" DEFAULT 'DRAFT' NOT NULL,
	"payment_status" "invoice_payment_status" DEFAULT 'UNPAID' NOT NULL,
	"currency" text NOT NULL,
	"invoice_number" text,
	"issue_date" date,
	"due_date" date,
	"billing_period_start" date,
	"billing_period_end" date,
	"net_total" numeric DEFAULT '0' NOT NULL,
	"total_tax" numeric DEFAULT '0' NOT NULL,
	"gross_total" numeric DEFAULT '0' NOT NULL,
	"customer_legal_company_name" text,
	"customer_billing_address" jsonb,
	"customer_emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"purchase_order_number" text,
	"reference" text,
	"memo" text,
	"metadata" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"finalized_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"voided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_invoice_number_unique" UNIQUE("invoice_number")
);
--> statement-breakpoint
CREATE TABLE "prices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"list_price_id" uuid,
	"name" text NOT NULL,
	"currency" text NOT NULL,
	"structure" jsonb NOT NULL,
	"billing_frequency" text NOT NULL,
	"billing_type" text NOT NULL,
	"quantity" text,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"integration_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_prices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"name" text NOT NULL,
	"currency" text NOT NULL,
	"pricing_type" text NOT NULL,
	"structure" jsonb NOT NULL,
	"billing_frequency" text NOT NULL,
	"billing_type" text NOT NULL,
	"integration_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"custom_metric_parameters" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"usage_calculation_period" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"label" text,
	"tax_category_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "customer_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"billing_preference" "billing_preference" NOT NULL,
	"address" jsonb,
	"salesforce_contact_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"legal_name" text NOT NULL,
	"label" text,
	"url" text,
	"address" jsonb NOT NULL,
	"tax_status" "tax_status" DEFAULT 'TAXED' NOT NULL,
	"status" "customer_status" DEFAULT 'ACTIVE' NOT NULL,
	"currency" text,
	"parent_id" uuid,
	"customer_aliases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"integration_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"custom_properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"salesforce_account_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "counters" (
	"name" text PRIMARY KEY NOT NULL,
	"value" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quote_discounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version_id" uuid NOT NULL,
	"phase_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"amount" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"restrict_to_prices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quote_minimums" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version_id" uuid NOT NULL,
	"phase_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"amount" text NOT NULL,
	"restrict_to_prices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quote_phases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text,
	"duration" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quote_prices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version_id" uuid NOT NULL,
	"phase_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"price_key" text NOT NULL,
	"product_id" uuid,
	"list_price_id" uuid,
	"name" text NOT NULL,
	"structure" jsonb NOT NULL,
	"billing_frequency" text NOT NULL,
	"billing_type" text NOT NULL,
	"quantity" text,
	"rate_only" boolean DEFAULT false NOT NULL,
	"integration_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"custom_metric_parameters" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quote_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"quote_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"state" "quote_version_state" NOT NULL,
	"title" text,
	"customer_id" uuid,
	"currency" text,
	"deal_type" text,
	"preliminary_billing_start_date" date,
	"expiry_days" integer,
	"presentation" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contact_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"total_contract_value" numeric,
	"arr" numeric,
	"published_at" timestamp with time zone,
	"published_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"quote_number" text,
	"status" "quote_status" DEFAULT 'DRAFT' NOT NULL,
	"created_by_user_id" uuid,
	"created_by_api_key_id" uuid,
	"salesforce_opportunity_id" text,
	"current_version_id" uuid,
	"latest_published_version_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"buyer_token" text,
	"published_at" timestamp with time zone,
	"expires_at" date,
	"accepted_at" timestamp with time zone,
	"executed_at" timestamp with time zone,
	"billing_schedule_id" uuid,
	"created_from" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "quotes_quote_number_unique" UNIQUE("quote_number"),
	CONSTRAINT "quotes_buyer_token_unique" UNIQUE("buyer_token")
);
--> statement-breakpoint
CREATE TABLE "salesforce_connections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"instance_url" text NOT NULL,
	"login_url" text NOT NULL,
	"connected_as_user_id" text NOT NULL,
	"connected_as_username" text,
	"access_token_encrypted" text,
	"refresh_token_encrypted" text,
	"api_version" text NOT NULL,
	"multi_currency_enabled" boolean,
	"last_check" jsonb,
	"connected_by_user_id" uuid,
	"disconnected_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "salesforce_connections_org_id_unique" UNIQUE("org_id")
);
--> statement-breakpoint
CREATE TABLE "salesforce_sync_states" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"salesforce_id" text,
	"salesforce_url" text,
	"is_pending" boolean DEFAULT true NOT NULL,
	"synced_version" integer,
	"synced_child_ids" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_synced_at" timestamp with time zone,
	"last_error" jsonb,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"client_id" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_by_user_id" uuid,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_keys_client_id_unique" UNIQUE("client_id")
);
--> statement-breakpoint
CREATE TABLE "user_salesforce_credentials" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"instance_url" text NOT NULL,
	"access_token_encrypted" text NOT NULL,
	"refresh_token_encrypted" text,
	"issued_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"salesforce_user_id" text NOT NULL,
	"salesforce_org_id" text NOT NULL,
	"username" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"role" "user_role" DEFAULT 'rep' NOT NULL,
	"last_signed_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_salesforce_user_id_unique" UNIQUE("salesforce_user_id")
);
--> statement-breakpoint
ALTER TABLE "billing_schedule_discounts" ADD CONSTRAINT "billing_schedule_discounts_phase_id_billing_schedule_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."billing_schedule_phases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_schedule_minimums" ADD CONSTRAINT "billing_schedule_minimums_phase_id_billing_schedule_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."billing_schedule_phases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_schedule_phases" ADD CONSTRAINT "billing_schedule_phases_billing_schedule_id_billing_schedules_id_fk" FOREIGN KEY ("billing_schedule_id") REFERENCES "public"."billing_schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_schedules" ADD CONSTRAINT "billing_schedules_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_schedules" ADD CONSTRAINT "billing_schedules_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_line_items" ADD CONSTRAINT "invoice_line_items_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_billing_schedule_id_billing_schedules_id_fk" FOREIGN KEY ("billing_schedule_id") REFERENCES "public"."billing_schedules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_list_price_id_list_prices_id_fk" FOREIGN KEY ("list_price_id") REFERENCES "public"."list_prices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_prices" ADD CONSTRAINT "list_prices_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_contacts" ADD CONSTRAINT "customer_contacts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_discounts" ADD CONSTRAINT "quote_discounts_version_id_quote_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."quote_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_discounts" ADD CONSTRAINT "quote_discounts_phase_id_quote_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."quote_phases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_minimums" ADD CONSTRAINT "quote_minimums_version_id_quote_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."quote_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_minimums" ADD CONSTRAINT "quote_minimums_phase_id_quote_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."quote_phases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_phases" ADD CONSTRAINT "quote_phases_version_id_quote_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."quote_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_prices" ADD CONSTRAINT "quote_prices_version_id_quote_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."quote_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_prices" ADD CONSTRAINT "quote_prices_phase_id_quote_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."quote_phases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_versions" ADD CONSTRAINT "quote_versions_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_versions" ADD CONSTRAINT "quote_versions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_versions" ADD CONSTRAINT "quote_versions_published_by_user_id_users_id_fk" FOREIGN KEY ("published_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_created_by_api_key_id_api_keys_id_fk" FOREIGN KEY ("created_by_api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "salesforce_connections" ADD CONSTRAINT "salesforce_connections_connected_by_user_id_users_id_fk" FOREIGN KEY ("connected_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_salesforce_credentials" ADD CONSTRAINT "user_salesforce_credentials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "billing_schedule_phases_schedule_idx" ON "billing_schedule_phases" USING btree ("billing_schedule_id","position");--> statement-breakpoint
CREATE INDEX "billing_schedules_customer_idx" ON "billing_schedules" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "invoice_line_items_invoice_idx" ON "invoice_line_items" USING btree ("invoice_id","position");--> statement-breakpoint
CREATE INDEX "invoices_customer_idx" ON "invoices" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "invoices_billing_schedule_idx" ON "invoices" USING btree ("billing_schedule_id");--> statement-breakpoint
CREATE INDEX "prices_product_idx" ON "prices" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "list_prices_product_idx" ON "list_prices" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "list_prices_currency_idx" ON "list_prices" USING btree ("currency");--> statement-breakpoint
CREATE INDEX "customer_contacts_customer_idx" ON "customer_contacts" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "customer_contacts_email_idx" ON "customer_contacts" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_salesforce_account_uq" ON "customers" USING btree ("salesforce_account_id");--> statement-breakpoint
CREATE INDEX "customers_legal_name_idx" ON "customers" USING btree (lower("legal_name"));--> statement-breakpoint
CREATE INDEX "quote_discounts_version_idx" ON "quote_discounts" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "quote_minimums_version_idx" ON "quote_minimums" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "quote_phases_version_idx" ON "quote_phases" USING btree ("version_id","position");--> statement-breakpoint
CREATE INDEX "quote_prices_version_idx" ON "quote_prices" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "quote_prices_phase_idx" ON "quote_prices" USING btree ("phase_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "quote_versions_number_uq" ON "quote_versions" USING btree ("quote_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "quote_versions_one_draft_uq" ON "quote_versions" USING btree ("quote_id") WHERE "quote_versions"."state" = 'draft';--> statement-breakpoint
CREATE INDEX "quote_versions_customer_idx" ON "quote_versions" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "quotes_opportunity_idx" ON "quotes" USING btree ("salesforce_opportunity_id");--> statement-breakpoint
CREATE INDEX "quotes_created_by_idx" ON "quotes" USING btree ("created_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "salesforce_sync_states_entity_uq" ON "salesforce_sync_states" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "salesforce_sync_states_pending_idx" ON "salesforce_sync_states" USING btree ("is_pending");--> statement-breakpoint
CREATE INDEX "users_org_idx" ON "users" USING btree ("salesforce_org_id");