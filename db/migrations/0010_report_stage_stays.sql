CREATE TABLE "application_stage_stays" (
	"application_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"requisition_id" uuid NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	"first_entered_at" timestamp with time zone,
	"closed_seconds" double precision NOT NULL,
	"open_since" timestamp with time zone,
	"in_stage_now" boolean NOT NULL,
	CONSTRAINT "application_stage_stays_application_id_stage_id_pk" PRIMARY KEY("application_id","stage_id")
);
--> statement-breakpoint
ALTER TABLE "application_stage_stays" ADD CONSTRAINT "application_stage_stays_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_stage_stays" ADD CONSTRAINT "application_stage_stays_stage_id_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_stage_stays_cohort_idx" ON "application_stage_stays" USING btree ("requisition_id","applied_at");--> statement-breakpoint
CREATE INDEX "application_stage_stays_stage_idx" ON "application_stage_stays" USING btree ("stage_id","applied_at");--> statement-breakpoint
CREATE INDEX "applications_requisition_created_idx" ON "applications" USING btree ("requisition_id","created_at");--> statement-breakpoint
-- Hand-written from here (docs/reports.md, "The stage stays table"). application_stage_stays is
-- stage_events folded per (application, stage), plus the row of each application's current stage;
-- written only by these triggers, so that every writer (moves, applying, withdrawing, the demo
-- generator, tests) keeps it right.
--
-- Rewrites the stays of the given applications from their whole history. Recomputing rather than
-- patching keeps out-of-order and backdated events right: each visit ends at the application's next
-- event in (created_at, id) order, the order the reports have always used. The applications are
-- locked first (as a move does), so of two transactions writing one application's history the
-- second waits, then reads a history that includes the first's.
CREATE FUNCTION refresh_application_stage_stays(app_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF app_ids IS NULL OR cardinality(app_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM applications a JOIN unnest(app_ids) AS x(id) ON x.id = a.id ORDER BY a.id FOR NO KEY UPDATE OF a;
  DELETE FROM application_stage_stays s USING unnest(app_ids) AS x(id) WHERE s.application_id = x.id;
  INSERT INTO application_stage_stays (application_id, stage_id, requisition_id, applied_at, first_entered_at, closed_seconds, open_since, in_stage_now)
    WITH targets AS (
      SELECT a.id, a.stage_id, a.requisition_id, a.created_at
      FROM applications a JOIN (SELECT DISTINCT id FROM unnest(app_ids) AS u(id)) x ON x.id = a.id
    ),
    visits AS (
      SELECT e.application_id, e.to_stage_id, e.created_at,
        lead(e.created_at) OVER (PARTITION BY e.application_id ORDER BY e.created_at, e.id) AS left_at
      FROM stage_events e JOIN targets t ON t.id = e.application_id
    ),
    folded AS (
      SELECT v.application_id, v.to_stage_id AS stage_id, min(v.created_at) AS first_entered_at,
        -- Per visit the same float8 the reports summed before this table existed.
        coalesce(sum(extract(epoch FROM v.left_at - v.created_at)::float8) FILTER (WHERE v.left_at IS NOT NULL), 0) AS closed_seconds,
        max(v.created_at) FILTER (WHERE v.left_at IS NULL) AS open_since
      FROM visits v GROUP BY v.application_id, v.to_stage_id
    ),
    stages_of AS (
      SELECT f.application_id, f.stage_id FROM folded f
      UNION
      SELECT t.id, t.stage_id FROM targets t
    )
    SELECT t.id, s.stage_id, t.requisition_id, t.created_at, f.first_entered_at, coalesce(f.closed_seconds, 0), f.open_since, s.stage_id = t.stage_id
    FROM stages_of s
    JOIN targets t ON t.id = s.application_id
    LEFT JOIN folded f ON f.application_id = s.application_id AND f.stage_id = s.stage_id;
END
$$;
--> statement-breakpoint
-- Statement-level triggers see every changed row at once (transition tables): a multi-row insert
-- refreshes each application once. The services only insert events; deletes and updates are
-- handled too, so that a hand-made fix cannot leave the table stale.
CREATE FUNCTION stage_stays_after_event_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_application_stage_stays(ARRAY(SELECT DISTINCT application_id FROM new_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION stage_stays_after_event_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- An application deleted with its events takes its stays along (on delete cascade); the refresh
  -- finds no application and writes nothing.
  PERFORM refresh_application_stage_stays(ARRAY(SELECT DISTINCT application_id FROM old_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION stage_stays_after_event_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Only changes that move a visit: redacting an event's reason text (erasure) changes none.
  PERFORM refresh_application_stage_stays(ARRAY(
    SELECT DISTINCT x.application_id
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.application_id), (n.application_id)) AS x(application_id)
    WHERE (o.application_id, o.to_stage_id, o.created_at) IS DISTINCT FROM (n.application_id, n.to_stage_id, n.created_at)));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER stage_stays_event_insert AFTER INSERT ON stage_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stage_stays_after_event_insert();
--> statement-breakpoint
CREATE TRIGGER stage_stays_event_delete AFTER DELETE ON stage_events REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stage_stays_after_event_delete();
--> statement-breakpoint
CREATE TRIGGER stage_stays_event_update AFTER UPDATE ON stage_events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stage_stays_after_event_update();
--> statement-breakpoint
-- The application side: a new application (its current stage, before or without any event), a
-- move (stage_id), and the copied requisition and date applied.
CREATE FUNCTION stage_stays_after_application_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_application_stage_stays(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION stage_stays_after_application_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_application_stage_stays(ARRAY(
    SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.stage_id, o.requisition_id, o.created_at) IS DISTINCT FROM (n.stage_id, n.requisition_id, n.created_at)));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER stage_stays_application_insert AFTER INSERT ON applications REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stage_stays_after_application_insert();
--> statement-breakpoint
CREATE TRIGGER stage_stays_application_update AFTER UPDATE ON applications REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stage_stays_after_application_update();
--> statement-breakpoint
-- Backfill, after the triggers exist: creating them locked both tables against writes until this
-- migration commits, so no change can slip between the two.
SELECT refresh_application_stage_stays(ARRAY(SELECT id FROM applications));
--> statement-breakpoint
ANALYZE application_stage_stays;
