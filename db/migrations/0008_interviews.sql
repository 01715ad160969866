CREATE TYPE "public"."scheduled_interview_status" AS ENUM('scheduled', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."scorecard_rating" AS ENUM('strong_no', 'no', 'yes', 'strong_yes', 'not_assessed');--> statement-breakpoint
CREATE TYPE "public"."scorecard_recommendation" AS ENUM('strong_no', 'no', 'yes', 'strong_yes');--> statement-breakpoint
CREATE TYPE "public"."scorecard_status" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TABLE "interview_focus_attributes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_item_id" uuid NOT NULL,
	"qualification_id" uuid,
	"custom_label" text,
	"position" integer NOT NULL,
	CONSTRAINT "interview_focus_attributes_one_source" CHECK (("interview_focus_attributes"."qualification_id" is null) <> ("interview_focus_attributes"."custom_label" is null))
);
--> statement-breakpoint
CREATE TABLE "interview_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requisition_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"name" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_plan_items_duration" CHECK ("interview_plan_items"."duration_minutes" between 5 and 720)
);
--> statement-breakpoint
CREATE TABLE "scheduled_interview_attributes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheduled_interview_id" uuid NOT NULL,
	"qualification_id" uuid,
	"label" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduled_interviewers" (
	"scheduled_interview_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "scheduled_interviewers_scheduled_interview_id_user_id_pk" PRIMARY KEY("scheduled_interview_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "scheduled_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"plan_item_id" uuid,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"time_zone" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"status" "scheduled_interview_status" DEFAULT 'scheduled' NOT NULL,
	"ical_uid" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"organizer_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scheduled_interviews_duration" CHECK ("scheduled_interviews"."duration_minutes" between 5 and 720)
);
--> statement-breakpoint
CREATE TABLE "scorecard_attribute_ratings" (
	"scorecard_id" uuid NOT NULL,
	"attribute_id" uuid NOT NULL,
	"rating" "scorecard_rating",
	"notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "scorecard_attribute_ratings_scorecard_id_attribute_id_pk" PRIMARY KEY("scorecard_id","attribute_id")
);
--> statement-breakpoint
CREATE TABLE "scorecards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheduled_interview_id" uuid NOT NULL,
	"interviewer_user_id" uuid NOT NULL,
	"status" "scorecard_status" DEFAULT 'draft' NOT NULL,
	"key_takeaways" text DEFAULT '' NOT NULL,
	"overall_recommendation" "scorecard_recommendation",
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scorecards_submitted_complete" CHECK ("scorecards"."status" = 'draft' or ("scorecards"."overall_recommendation" is not null and "scorecards"."submitted_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "interview_focus_attributes" ADD CONSTRAINT "interview_focus_attributes_plan_item_id_interview_plan_items_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."interview_plan_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_focus_attributes" ADD CONSTRAINT "interview_focus_attributes_qualification_id_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."qualifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_plan_items" ADD CONSTRAINT "interview_plan_items_requisition_id_requisitions_id_fk" FOREIGN KEY ("requisition_id") REFERENCES "public"."requisitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_plan_items" ADD CONSTRAINT "interview_plan_items_stage_id_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_interview_attributes" ADD CONSTRAINT "scheduled_interview_attributes_scheduled_interview_id_scheduled_interviews_id_fk" FOREIGN KEY ("scheduled_interview_id") REFERENCES "public"."scheduled_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_interview_attributes" ADD CONSTRAINT "scheduled_interview_attributes_qualification_id_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."qualifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_interviewers" ADD CONSTRAINT "scheduled_interviewers_scheduled_interview_id_scheduled_interviews_id_fk" FOREIGN KEY ("scheduled_interview_id") REFERENCES "public"."scheduled_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_interviewers" ADD CONSTRAINT "scheduled_interviewers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_interviews" ADD CONSTRAINT "scheduled_interviews_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_interviews" ADD CONSTRAINT "scheduled_interviews_plan_item_id_interview_plan_items_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."interview_plan_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_interviews" ADD CONSTRAINT "scheduled_interviews_organizer_user_id_users_id_fk" FOREIGN KEY ("organizer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_attribute_ratings" ADD CONSTRAINT "scorecard_attribute_ratings_scorecard_id_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."scorecards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_attribute_ratings" ADD CONSTRAINT "scorecard_attribute_ratings_attribute_id_scheduled_interview_attributes_id_fk" FOREIGN KEY ("attribute_id") REFERENCES "public"."scheduled_interview_attributes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_scheduled_interview_id_scheduled_interviews_id_fk" FOREIGN KEY ("scheduled_interview_id") REFERENCES "public"."scheduled_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_interviewer_user_id_users_id_fk" FOREIGN KEY ("interviewer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_focus_attributes_plan_idx" ON "interview_focus_attributes" USING btree ("plan_item_id","position");--> statement-breakpoint
CREATE INDEX "interview_plan_items_requisition_idx" ON "interview_plan_items" USING btree ("requisition_id","stage_id","position");--> statement-breakpoint
CREATE INDEX "scheduled_interview_attributes_interview_idx" ON "scheduled_interview_attributes" USING btree ("scheduled_interview_id","position");--> statement-breakpoint
CREATE INDEX "scheduled_interviewers_user_idx" ON "scheduled_interviewers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scheduled_interviews_ical_uid_key" ON "scheduled_interviews" USING btree ("ical_uid");--> statement-breakpoint
CREATE INDEX "scheduled_interviews_application_idx" ON "scheduled_interviews" USING btree ("application_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "scorecards_interview_interviewer_key" ON "scorecards" USING btree ("scheduled_interview_id","interviewer_user_id");--> statement-breakpoint
CREATE INDEX "scorecards_interviewer_idx" ON "scorecards" USING btree ("interviewer_user_id","status");