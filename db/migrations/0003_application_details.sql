CREATE TYPE "public"."resume_text_status" AS ENUM('pending', 'ok', 'unavailable');--> statement-breakpoint
CREATE TYPE "public"."qualification_answer" AS ENUM('yes', 'partly', 'no');--> statement-breakpoint
CREATE TYPE "public"."question_kind" AS ENUM('short_text', 'long_text', 'yes_no', 'single_choice');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'dead');--> statement-breakpoint
CREATE TABLE "application_consents" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"notice_version" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_status_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qualification_answers" (
	"application_id" uuid NOT NULL,
	"qualification_id" uuid NOT NULL,
	"answer" "qualification_answer" NOT NULL,
	"evidence" text,
	CONSTRAINT "qualification_answers_application_id_qualification_id_pk" PRIMARY KEY("application_id","qualification_id")
);
--> statement-breakpoint
CREATE TABLE "question_answers" (
	"application_id" uuid NOT NULL,
	"question_key" text NOT NULL,
	"question_label" text NOT NULL,
	"answer" text NOT NULL,
	"knockout" boolean DEFAULT false NOT NULL,
	CONSTRAINT "question_answers_application_id_question_key_pk" PRIMARY KEY("application_id","question_key")
);
--> statement-breakpoint
CREATE TABLE "requisition_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requisition_id" uuid NOT NULL,
	"kind" "question_kind" NOT NULL,
	"label" text NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"options" text[] DEFAULT '{}'::text[] NOT NULL,
	"knockout_answers" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_identifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requisition_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"gender" text NOT NULL,
	"race_ethnicity" text NOT NULL,
	"veteran_status" text NOT NULL,
	"disability" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"raw" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "pending_uploads" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"filename" text NOT NULL,
	"kind" text NOT NULL,
	"data" "bytea" NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limit_hits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "location" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "linkedin_url" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "website_url" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "cover_letter" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "submission_id" uuid;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "text_status" "resume_text_status" DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "text" text;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "text_note" text;--> statement-breakpoint
ALTER TABLE "application_consents" ADD CONSTRAINT "application_consents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_status_tokens" ADD CONSTRAINT "application_status_tokens_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_answers" ADD CONSTRAINT "qualification_answers_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_answers" ADD CONSTRAINT "qualification_answers_qualification_id_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."qualifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_answers" ADD CONSTRAINT "question_answers_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requisition_questions" ADD CONSTRAINT "requisition_questions_requisition_id_requisitions_id_fk" FOREIGN KEY ("requisition_id") REFERENCES "public"."requisitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_identifications" ADD CONSTRAINT "self_identifications_requisition_id_requisitions_id_fk" FOREIGN KEY ("requisition_id") REFERENCES "public"."requisitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_identifications" ADD CONSTRAINT "self_identifications_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_status_tokens_application_idx" ON "application_status_tokens" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "qualification_answers_qualification_idx" ON "qualification_answers" USING btree ("qualification_id");--> statement-breakpoint
CREATE INDEX "requisition_questions_requisition_idx" ON "requisition_questions" USING btree ("requisition_id","position");--> statement-breakpoint
CREATE INDEX "self_identifications_requisition_idx" ON "self_identifications" USING btree ("requisition_id");--> statement-breakpoint
CREATE INDEX "outbox_messages_due_idx" ON "outbox_messages" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "pending_uploads_expires_idx" ON "pending_uploads" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_submission_key" ON "applications" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "resumes_text_pending_idx" ON "resumes" USING btree ("text_status");