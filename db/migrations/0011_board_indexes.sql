DROP INDEX "applications_requisition_stage_idx";--> statement-breakpoint
CREATE INDEX "applications_requisition_stage_withdrawn_idx" ON "applications" USING btree ("requisition_id","stage_id","withdrawn_at");--> statement-breakpoint
CREATE INDEX "applications_board_time_idx" ON "applications" USING btree ("requisition_id","stage_id","stage_entered_at","id") WHERE "applications"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "applications_board_evidence_idx" ON "applications" USING btree ("requisition_id","stage_id","evidence_sort_key" DESC NULLS LAST,"stage_entered_at","id") WHERE "applications"."withdrawn_at" is null;
