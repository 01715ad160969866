import { customType, index, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications";

const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => "tsvector" });

/**
 * One full-text document per application, written only by the triggers of migration
 * 0007_search_triggers so that no service has to remember it (docs/search.md).
 */
export const applicationSearchDocuments = pgTable(
  "application_search_documents",
  {
    applicationId: uuid()
      .primaryKey()
      .references(() => applications.id, { onDelete: "cascade" }),
    // Copies of two columns an application never changes, so that the common search (no filter
    // on stage, source or evidence) is answered from this table alone.
    requisitionId: uuid().notNull(),
    appliedAt: timestamp({ withTimezone: true }).notNull(),
    /** Everything searchable, weighted: what the GIN index matches. Stored out of line (TOAST). */
    document: tsvector().notNull(),
    /** The same without the resume text: small and kept in the row, it is what results are ranked by. */
    rankDocument: tsvector().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_search_documents_document_idx").using("gin", t.document), index("application_search_documents_requisition_idx").on(t.requisitionId)],
);
