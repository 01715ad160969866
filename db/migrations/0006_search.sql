CREATE TABLE "application_search_documents" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"requisition_id" uuid NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	"document" "tsvector" NOT NULL,
	"rank_document" "tsvector" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_search_documents" ADD CONSTRAINT "application_search_documents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_search_documents_document_idx" ON "application_search_documents" USING gin ("document");--> statement-breakpoint
CREATE INDEX "application_search_documents_requisition_idx" ON "application_search_documents" USING btree ("requisition_id");