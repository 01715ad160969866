CREATE TYPE "public"."close_reason" AS ENUM('filled', 'cancelled');--> statement-breakpoint
CREATE TABLE "requisition_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requisition_id" uuid NOT NULL,
	"from_status" "requisition_status",
	"to_status" "requisition_status" NOT NULL,
	"close_reason" "close_reason",
	"actor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "requisitions" ADD COLUMN "close_reason" "close_reason";--> statement-breakpoint
ALTER TABLE "requisitions" ADD COLUMN "valid_through" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "requisition_status_events" ADD CONSTRAINT "requisition_status_events_requisition_id_requisitions_id_fk" FOREIGN KEY ("requisition_id") REFERENCES "public"."requisitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requisition_status_events" ADD CONSTRAINT "requisition_status_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requisition_status_events_requisition_idx" ON "requisition_status_events" USING btree ("requisition_id","created_at");