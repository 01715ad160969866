-- Candidate search documents (docs/search.md), kept current by triggers so that no service has to
-- remember them. Weights: A name, email, tags; B qualification evidence and question answers;
-- C cover letter and notes; D resume text.
--
-- The document of an application is kept out of line (TOAST, uncompressed: it is read whole when
-- highlighting) so that the table's rows stay small: a common word matches a third of them, and
-- the GIN index answers the match without reading any document. Results are ranked by the small
-- rank_document (everything but the resume), which stays in the row.
ALTER TABLE application_search_documents ALTER COLUMN document SET STORAGE EXTERNAL;
--> statement-breakpoint
ALTER TABLE application_search_documents ALTER COLUMN rank_document SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE application_search_documents SET (toast_tuple_target = 256);
--> statement-breakpoint
-- Rewrites the documents of the given applications. Existing rows are locked before the documents
-- are computed, so of two transactions changing one application (a note, the resume text) the
-- second waits, then computes from a fresh snapshot that includes the first: neither change is
-- lost. A new application has no row to lock, and no other transaction can see it yet.
CREATE FUNCTION refresh_application_search_documents(app_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF app_ids IS NULL OR cardinality(app_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM application_search_documents d WHERE d.application_id = ANY (app_ids) ORDER BY d.application_id FOR UPDATE;
  INSERT INTO application_search_documents AS d (application_id, requisition_id, applied_at, rank_document, document)
    SELECT x.id, x.requisition_id, x.created_at, x.head, x.head || x.resume
    FROM (
      SELECT a.id, a.requisition_id, a.created_at,
        setweight(to_tsvector('english', c.first_name || ' ' || c.last_name || ' ' || c.email), 'A')
        || setweight(to_tsvector('english', coalesce((SELECT string_agg(t.tag, ' ') FROM application_tags t WHERE t.application_id = a.id), '')), 'A')
        || setweight(to_tsvector('english', coalesce((SELECT string_agg(qa.evidence, E'\n') FROM qualification_answers qa WHERE qa.application_id = a.id), '')), 'B')
        || setweight(to_tsvector('english', coalesce((SELECT string_agg(q.answer, E'\n') FROM question_answers q WHERE q.application_id = a.id), '')), 'B')
        || setweight(to_tsvector('english', coalesce(a.cover_letter, '')), 'C')
        || setweight(to_tsvector('english', coalesce((SELECT string_agg(n.body, E'\n' ORDER BY n.created_at) FROM notes n WHERE n.application_id = a.id), '')), 'C')
        AS head,
        setweight(to_tsvector('english', coalesce((
          SELECT r.text FROM resumes r
          WHERE r.application_id = a.id AND r.text_status = 'ok' AND r.text IS NOT NULL
          ORDER BY r.created_at DESC LIMIT 1), '')), 'D')
        AS resume
      FROM applications a
      JOIN candidates c ON c.id = a.candidate_id
      WHERE a.id = ANY (app_ids)
      ORDER BY a.id
    ) x
    ON CONFLICT (application_id) DO UPDATE
      SET requisition_id = excluded.requisition_id, applied_at = excluded.applied_at,
          rank_document = excluded.rank_document, document = excluded.document, updated_at = now();
END
$$;
--> statement-breakpoint
-- A bulk load (scripts/generate-demo-data.ts) sets this for its own transaction only
-- (SET LOCAL shortlist.defer_search_documents = on) and calls refresh_application_search_documents
-- once for the whole batch before committing, instead of once per inserted table. A custom setting
-- rather than session_replication_role or ALTER TABLE … DISABLE TRIGGER: it needs no superuser, takes
-- no table lock, and cannot outlive the transaction that set it.
CREATE FUNCTION search_documents_deferred() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('shortlist.defer_search_documents', true), '') = 'on'
$$;
--> statement-breakpoint
-- Statement-level triggers see every inserted or deleted row at once (transition tables), so a
-- multi-row insert refreshes each application once, not once per row.
CREATE FUNCTION search_documents_after_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF search_documents_deferred() THEN RETURN NULL; END IF;
  PERFORM refresh_application_search_documents(ARRAY(SELECT DISTINCT application_id FROM new_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION search_documents_after_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF search_documents_deferred() THEN RETURN NULL; END IF;
  -- The rows of a deleted application are gone with it: refresh finds no application and skips it.
  PERFORM refresh_application_search_documents(ARRAY(SELECT DISTINCT application_id FROM old_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Updates are row-level with a column list and a WHEN clause, so that the updates that do not touch
-- searchable text (stage moves, evidence summaries, read receipts) never run a trigger at all.
CREATE FUNCTION search_documents_after_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF search_documents_deferred() THEN RETURN NULL; END IF;
  PERFORM refresh_application_search_documents(ARRAY[OLD.application_id, NEW.application_id]);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION search_documents_after_resume_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF search_documents_deferred() THEN RETURN NULL; END IF;
  -- A resume arrives without text (it is read later by a background job): nothing to index yet.
  PERFORM refresh_application_search_documents(ARRAY(SELECT DISTINCT application_id FROM new_rows WHERE text IS NOT NULL));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION search_documents_after_application_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF search_documents_deferred() THEN RETURN NULL; END IF;
  PERFORM refresh_application_search_documents(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION search_documents_after_application_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF search_documents_deferred() THEN RETURN NULL; END IF;
  PERFORM refresh_application_search_documents(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION search_documents_after_candidate_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF search_documents_deferred() THEN RETURN NULL; END IF;
  PERFORM refresh_application_search_documents(ARRAY(SELECT a.id FROM applications a WHERE a.candidate_id = NEW.id));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_documents_candidate_update AFTER UPDATE OF first_name, last_name, email ON candidates FOR EACH ROW
  WHEN (OLD.first_name IS DISTINCT FROM NEW.first_name OR OLD.last_name IS DISTINCT FROM NEW.last_name OR OLD.email IS DISTINCT FROM NEW.email)
  EXECUTE FUNCTION search_documents_after_candidate_update();
--> statement-breakpoint
CREATE TRIGGER search_documents_application_insert AFTER INSERT ON applications REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_documents_after_application_insert();
--> statement-breakpoint
CREATE TRIGGER search_documents_application_update AFTER UPDATE OF cover_letter, candidate_id, requisition_id ON applications FOR EACH ROW
  WHEN (OLD.cover_letter IS DISTINCT FROM NEW.cover_letter OR OLD.candidate_id IS DISTINCT FROM NEW.candidate_id
    OR OLD.requisition_id IS DISTINCT FROM NEW.requisition_id)
  EXECUTE FUNCTION search_documents_after_application_update();
--> statement-breakpoint
CREATE TRIGGER search_documents_resume_insert AFTER INSERT ON resumes REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_documents_after_resume_insert();
--> statement-breakpoint
CREATE TRIGGER search_documents_resume_update AFTER UPDATE OF text, text_status, application_id ON resumes FOR EACH ROW
  WHEN (OLD.text IS DISTINCT FROM NEW.text OR OLD.text_status IS DISTINCT FROM NEW.text_status OR OLD.application_id IS DISTINCT FROM NEW.application_id)
  EXECUTE FUNCTION search_documents_after_update();
--> statement-breakpoint
CREATE TRIGGER search_documents_resume_delete AFTER DELETE ON resumes REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_documents_after_delete();
--> statement-breakpoint
CREATE TRIGGER search_documents_qualification_answer_insert AFTER INSERT ON qualification_answers REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_documents_after_insert();
--> statement-breakpoint
CREATE TRIGGER search_documents_qualification_answer_update AFTER UPDATE OF evidence, application_id ON qualification_answers FOR EACH ROW
  WHEN (OLD.evidence IS DISTINCT FROM NEW.evidence OR OLD.application_id IS DISTINCT FROM NEW.application_id)
  EXECUTE FUNCTION search_documents_after_update();
--> statement-breakpoint
CREATE TRIGGER search_documents_qualification_answer_delete AFTER DELETE ON qualification_answers REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_documents_after_delete();
--> statement-breakpoint
CREATE TRIGGER search_documents_question_answer_insert AFTER INSERT ON question_answers REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_documents_after_insert();
--> statement-breakpoint
CREATE TRIGGER search_documents_question_answer_update AFTER UPDATE OF answer, application_id ON question_answers FOR EACH ROW
  WHEN (OLD.answer IS DISTINCT FROM NEW.answer OR OLD.application_id IS DISTINCT FROM NEW.application_id)
  EXECUTE FUNCTION search_documents_after_update();
--> statement-breakpoint
CREATE TRIGGER search_documents_question_answer_delete AFTER DELETE ON question_answers REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_documents_after_delete();
--> statement-breakpoint
CREATE TRIGGER search_documents_note_insert AFTER INSERT ON notes REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_documents_after_insert();
--> statement-breakpoint
CREATE TRIGGER search_documents_note_update AFTER UPDATE OF body, application_id ON notes FOR EACH ROW
  WHEN (OLD.body IS DISTINCT FROM NEW.body OR OLD.application_id IS DISTINCT FROM NEW.application_id)
  EXECUTE FUNCTION search_documents_after_update();
--> statement-breakpoint
CREATE TRIGGER search_documents_note_delete AFTER DELETE ON notes REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_documents_after_delete();
--> statement-breakpoint
CREATE TRIGGER search_documents_tag_insert AFTER INSERT ON application_tags REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_documents_after_insert();
--> statement-breakpoint
CREATE TRIGGER search_documents_tag_update AFTER UPDATE OF tag, application_id ON application_tags FOR EACH ROW
  WHEN (OLD.tag IS DISTINCT FROM NEW.tag OR OLD.application_id IS DISTINCT FROM NEW.application_id)
  EXECUTE FUNCTION search_documents_after_update();
--> statement-breakpoint
CREATE TRIGGER search_documents_tag_delete AFTER DELETE ON application_tags REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_documents_after_delete();
--> statement-breakpoint
-- Applications that arrived before search existed.
SELECT refresh_application_search_documents(ARRAY(SELECT id FROM applications));
