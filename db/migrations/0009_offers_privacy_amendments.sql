CREATE TYPE "public"."offer_status" AS ENUM('draft', 'approved', 'extended', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."erasure_cause" AS ENUM('request', 'retention');--> statement-breakpoint
CREATE TABLE "scorecard_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"amended_by_user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"previous" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"status" "offer_status" DEFAULT 'draft' NOT NULL,
	"salary" integer NOT NULL,
	"currency" text NOT NULL,
	"pay_period" "pay_period" NOT NULL,
	"start_date" date NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"outside_range" boolean DEFAULT false NOT NULL,
	"exception_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid,
	"approved_by_user_id" uuid,
	"approved_at" timestamp with time zone,
	"extended_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_salary_positive" CHECK ("offers"."salary" > 0)
);
--> statement-breakpoint
CREATE TABLE "erasure_tombstones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"email_hash" text NOT NULL,
	"cause" "erasure_cause" NOT NULL,
	"actor_user_id" uuid,
	"erased_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"policy_days" integer NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"anonymised_count" integer DEFAULT 0 NOT NULL,
	"skipped_for_hold_count" integer DEFAULT 0 NOT NULL,
	"error" text
);
--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "legal_hold" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "request_id" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "ip_address" text;--> statement-breakpoint
ALTER TABLE "scorecard_amendments" ADD CONSTRAINT "scorecard_amendments_scorecard_id_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."scorecards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_amendments" ADD CONSTRAINT "scorecard_amendments_amended_by_user_id_users_id_fk" FOREIGN KEY ("amended_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_approved_by_user_id_users_id_fk" FOREIGN KEY ("approved_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_tombstones" ADD CONSTRAINT "erasure_tombstones_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scorecard_amendments_scorecard_idx" ON "scorecard_amendments" USING btree ("scorecard_id","created_at");--> statement-breakpoint
CREATE INDEX "offers_application_idx" ON "offers" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_one_live_per_application_key" ON "offers" USING btree ("application_id") WHERE "offers"."status" in ('draft', 'approved', 'extended', 'accepted');--> statement-breakpoint
CREATE INDEX "erasure_tombstones_email_idx" ON "erasure_tombstones" USING btree ("email_hash");--> statement-breakpoint
CREATE INDEX "erasure_tombstones_candidate_idx" ON "erasure_tombstones" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_user_id","created_at");