-- The apply transaction inserts an application and then its first stage event: each insert's
-- trigger rebuilt the new application's stage stays, the first time for nothing. Like the search
-- documents (0007), a transaction may now defer this for itself only (SET LOCAL
-- shortlist.defer_stage_stays = on) and call refresh_application_stage_stays once for the
-- applications it wrote, before committing. Without the setting every trigger works as before.
CREATE FUNCTION stage_stays_deferred() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('shortlist.defer_stage_stays', true), '') = 'on'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION stage_stays_after_event_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF stage_stays_deferred() THEN RETURN NULL; END IF;
  PERFORM refresh_application_stage_stays(ARRAY(SELECT DISTINCT application_id FROM new_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION stage_stays_after_event_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF stage_stays_deferred() THEN RETURN NULL; END IF;
  -- An application deleted with its events takes its stays along (on delete cascade); the refresh
  -- finds no application and writes nothing.
  PERFORM refresh_application_stage_stays(ARRAY(SELECT DISTINCT application_id FROM old_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION stage_stays_after_event_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF stage_stays_deferred() THEN RETURN NULL; END IF;
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
CREATE OR REPLACE FUNCTION stage_stays_after_application_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF stage_stays_deferred() THEN RETURN NULL; END IF;
  PERFORM refresh_application_stage_stays(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION stage_stays_after_application_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF stage_stays_deferred() THEN RETURN NULL; END IF;
  PERFORM refresh_application_stage_stays(ARRAY(
    SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.stage_id, o.requisition_id, o.created_at) IS DISTINCT FROM (n.stage_id, n.requisition_id, n.created_at)));
  RETURN NULL;
END
$$;
