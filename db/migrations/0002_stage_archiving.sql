DROP INDEX "stages_requisition_name_key";--> statement-breakpoint
ALTER TABLE "stages" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "stages_requisition_name_key" ON "stages" USING btree ("requisition_id","name") WHERE "stages"."archived_at" is null;