ALTER TABLE "applications" ADD COLUMN "required_met" integer;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "preferred_met" integer;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "evidence_sort_key" integer;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "knockout_flags" integer DEFAULT 0 NOT NULL;