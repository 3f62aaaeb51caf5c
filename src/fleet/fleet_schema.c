/* fleet_schema.c: the partnership's PostgreSQL schema, as numbered migrations.
 *
 * Everything lives in schema "fleet". Kiosks log in as their own roles, members
 * of righthelp_kiosk, which may only EXECUTE fleet.ingest and fleet.heartbeat:
 * those run as the schema's owner (SECURITY DEFINER, search_path pinned) and
 * take the kiosk id from session_user, so one kiosk cannot write as another
 * and no kiosk can read or change a table. A data team's role is a member of
 * righthelp_reader, which may SELECT the views. A reception's login is a member
 * of righthelp_staff, which may read and acknowledge the silent calls for staff
 * (migration 4); a kiosk may raise them, never read them. Never edit a migration
 * that has shipped: add one. */
#include "fleet.h"

/* Run first, every time, in the same transaction: creates what the version
 * table and the grants need. Idempotent. */
const char *const fleet_bootstrap =
    "DO $$ BEGIN"
    "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'righthelp_kiosk') THEN"
    "    CREATE ROLE righthelp_kiosk NOLOGIN; END IF;"
    "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'righthelp_reader') THEN"
    "    CREATE ROLE righthelp_reader NOLOGIN; END IF;"
    "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'righthelp_staff') THEN"
    "    CREATE ROLE righthelp_staff NOLOGIN; END IF;"
    "END $$;"
    "CREATE SCHEMA IF NOT EXISTS fleet;"
    "REVOKE ALL ON SCHEMA fleet FROM PUBLIC;"
    "CREATE TABLE IF NOT EXISTS fleet.schema_version (version integer NOT NULL);";

/* The counts of a set of session rows (a transition table, or the whole table), per kiosk, UTC day and
 * each table of 'righthelp stats'; sign "-" takes them away. Used by migration 3. */
#define COUNTS(rows, sign)                                                                                       \
    "  SELECT r.kiosk_id, (r.kiosk_hour AT TIME ZONE 'UTC')::date, t.tbl, t.key, " sign "count(*) FROM " rows " r," \
    "    LATERAL (VALUES ('sessions', 'all'), ('by_area', r.area), ('by_mode', r.mode),"                          \
    "      ('by_level', r.continuum_level::text), ('by_route', r.route_id),"                                      \
    "      ('by_escalation', COALESCE(r.escalation, 'none')),"                                                     \
    "      ('overrides', CASE WHEN r.judged_level IS NOT NULL THEN r.continuum_level || ' to ' || r.judged_level END)," \
    "      ('judgement_reasons', CASE WHEN r.judged_level IS NOT NULL THEN r.judged_reason END)) AS t(tbl, key)"    \
    "  WHERE t.key IS NOT NULL GROUP BY 1, 2, 3, 4"                                                            \
    "  ON CONFLICT (kiosk_id, day, tbl, key) DO UPDATE SET n = day_counts.n + EXCLUDED.n;"

const char *const fleet_migrations[] = {
    /* 1: kiosks, session outcomes, heartbeats; ingest and heartbeat; views. */
    "CREATE TABLE fleet.kiosks ("
    "  kiosk_id text PRIMARY KEY CHECK (kiosk_id ~ '^[a-z0-9][a-z0-9-]{0,46}$' AND kiosk_id <> 'fleet'),"
    "  login_role name NOT NULL UNIQUE,"
    "  added_at timestamptz NOT NULL DEFAULT now());"
    /* One row per finished session: nothing typed, nothing identifying, the
     * kiosk's time only to the hour. */
    "CREATE TABLE fleet.sessions ("
    "  session_uuid uuid PRIMARY KEY,"
    "  kiosk_id text NOT NULL REFERENCES fleet.kiosks,"
    "  seq bigint NOT NULL CHECK (seq > 0),"
    "  kiosk_hour timestamptz NOT NULL CHECK (extract(epoch FROM kiosk_hour) % 3600 = 0)," /* whatever TimeZone */
    "  received_at timestamptz NOT NULL DEFAULT now(),"
    "  area text NOT NULL CHECK (area ~ '^[a-z0-9][a-z0-9-]{0,63}$'),"
    "  mode text NOT NULL CHECK (mode IN ('family', 'practitioner', 'training')),"
    "  lang text NOT NULL CHECK (lang ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$'),"
    "  continuum_level smallint NOT NULL CHECK (continuum_level BETWEEN 1 AND 4),"
    "  local_level text NOT NULL CHECK (length(local_level) BETWEEN 1 AND 100),"
    "  route_id text NOT NULL CHECK (length(route_id) <= 128),"
    "  escalation text CHECK (escalation ~ '^[a-z0-9_-]{1,32}$'),"
    "  rules_version text NOT NULL CHECK (length(rules_version) BETWEEN 1 AND 128));"
    "CREATE INDEX sessions_kiosk_seq ON fleet.sessions (kiosk_id, seq);"
    "CREATE INDEX sessions_hour ON fleet.sessions (kiosk_hour);"
    /* The latest word from each kiosk. */
    "CREATE TABLE fleet.heartbeats ("
    "  kiosk_id text PRIMARY KEY REFERENCES fleet.kiosks,"
    "  seen_at timestamptz NOT NULL DEFAULT now(),"
    "  app_version text, rules_version text, rules_hash text,"
    "  queue_depth integer, set_aside integer, oldest_unsent timestamptz,"
    "  db_health text, last_session timestamptz);"
    "CREATE FUNCTION fleet.kiosk_of_login() RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER"
    "  SET search_path = pg_catalog, pg_temp AS $f$"
    "DECLARE k text;"
    "BEGIN"
    "  SELECT kiosk_id INTO k FROM fleet.kiosks WHERE login_role = session_user;"
    "  IF k IS NULL THEN"
    "    RAISE EXCEPTION 'login % is not a registered kiosk', session_user USING ERRCODE = '42501';"
    "  END IF;"
    "  RETURN k;"
    "END $f$;"
    /* A batch is a JSON array of rows; returns how many were new. Plain json:
     * it is read once, and parsing it is a third faster than jsonb. */
    "CREATE FUNCTION fleet.ingest(batch json) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER"
    "  SET search_path = pg_catalog, pg_temp AS $f$"
    "DECLARE k text := fleet.kiosk_of_login(); n integer;"
    "BEGIN"
    "  IF json_typeof(batch) IS DISTINCT FROM 'array' THEN"
    "    RAISE EXCEPTION 'a batch is a JSON array of session rows' USING ERRCODE = '22023';"
    "  END IF;"
    "  IF EXISTS (SELECT 1 FROM json_array_elements(batch) e WHERE e->>'v' IS DISTINCT FROM '1') THEN"
    "    RAISE EXCEPTION 'unknown session row format (this server takes v = 1)' USING ERRCODE = '22023';"
    "  END IF;"
    "  INSERT INTO fleet.sessions (session_uuid, kiosk_id, seq, kiosk_hour, area, mode, lang, continuum_level,"
    "                             local_level, route_id, escalation, rules_version)"
    "  SELECT r.uuid, k, r.seq, r.hour, r.area, r.mode, r.lang, r.level, r.local_level, r.route, r.escalation,"
    "         r.rules_version"
    "  FROM json_to_recordset(batch) AS r(uuid uuid, seq bigint, hour timestamptz, area text, mode text, lang text,"
    "       level smallint, local_level text, route text, escalation text, rules_version text)"
    "  ON CONFLICT (session_uuid) DO NOTHING;"
    "  GET DIAGNOSTICS n = ROW_COUNT;"
    "  RETURN n;"
    "END $f$;"
    "CREATE FUNCTION fleet.heartbeat(app_version text, rules_version text, rules_hash text, queue_depth integer,"
    "  set_aside integer, oldest_unsent timestamptz, db_health text, last_session timestamptz)"
    "  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$"
    "DECLARE k text := fleet.kiosk_of_login();"
    "BEGIN"
    "  INSERT INTO fleet.heartbeats AS h VALUES (k, now(), left(app_version, 64), left(rules_version, 128),"
    "    left(rules_hash, 128), queue_depth, set_aside, oldest_unsent, left(db_health, 200), last_session)"
    "  ON CONFLICT (kiosk_id) DO UPDATE SET seen_at = now(), app_version = EXCLUDED.app_version,"
    "    rules_version = EXCLUDED.rules_version, rules_hash = EXCLUDED.rules_hash,"
    "    queue_depth = EXCLUDED.queue_depth, set_aside = EXCLUDED.set_aside,"
    "    oldest_unsent = EXCLUDED.oldest_unsent, db_health = EXCLUDED.db_health,"
    "    last_session = EXCLUDED.last_session;"
    "END $f$;"
    "REVOKE ALL ON FUNCTION fleet.kiosk_of_login() FROM PUBLIC;"
    "REVOKE ALL ON FUNCTION fleet.ingest(json) FROM PUBLIC;"
    "REVOKE ALL ON FUNCTION fleet.heartbeat(text, text, text, integer, integer, timestamptz, text, timestamptz)"
    "  FROM PUBLIC;"
    "GRANT USAGE ON SCHEMA fleet TO righthelp_kiosk, righthelp_reader;"
    "GRANT EXECUTE ON FUNCTION fleet.ingest(json) TO righthelp_kiosk;"
    "GRANT EXECUTE ON FUNCTION fleet.heartbeat(text, text, text, integer, integer, timestamptz, text, timestamptz)"
    "  TO righthelp_kiosk;"
    /* The numbers of 'righthelp stats', per kiosk and for the whole fleet
     * (scope 'fleet'), for a data team's own tools. */
    "CREATE VIEW fleet.stats AS"
    "  WITH s AS (SELECT kiosk_id, area, mode, continuum_level::text AS level, route_id,"
    "                    COALESCE(escalation, 'none') AS escalation FROM fleet.sessions)"
    "  SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END AS scope,"
    "         'sessions' AS tbl, 'all' AS key, count(*) AS sessions FROM s GROUP BY GROUPING SETS ((kiosk_id), ())"
    "  UNION ALL SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END, 'by_area', area, count(*)"
    "    FROM s GROUP BY GROUPING SETS ((kiosk_id, area), (area))"
    "  UNION ALL SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END, 'by_mode', mode, count(*)"
    "    FROM s GROUP BY GROUPING SETS ((kiosk_id, mode), (mode))"
    "  UNION ALL SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END, 'by_level', level, count(*)"
    "    FROM s GROUP BY GROUPING SETS ((kiosk_id, level), (level))"
    "  UNION ALL SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END, 'by_route', route_id,"
    "    count(*) FROM s GROUP BY GROUPING SETS ((kiosk_id, route_id), (route_id))"
    "  UNION ALL SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END, 'by_escalation',"
    "    escalation, count(*) FROM s GROUP BY GROUPING SETS ((kiosk_id, escalation), (escalation));"
    /* Sessions per day, area and level: the usual chart. */
    "CREATE VIEW fleet.sessions_by_day AS"
    "  SELECT date_trunc('day', kiosk_hour) AS day, kiosk_id, area, continuum_level, count(*) AS sessions"
    "  FROM fleet.sessions GROUP BY 1, 2, 3, 4;"
    /* Kiosks not heard from for 30 minutes (or never). */
    "CREATE VIEW fleet.kiosks_silent AS"
    "  SELECT k.kiosk_id, h.seen_at, h.queue_depth, h.oldest_unsent, h.db_health"
    "  FROM fleet.kiosks k LEFT JOIN fleet.heartbeats h USING (kiosk_id)"
    "  WHERE h.seen_at IS NULL OR h.seen_at < now() - interval '30 minutes';"
    "GRANT SELECT ON fleet.stats, fleet.sessions_by_day, fleet.kiosks_silent, fleet.heartbeats TO righthelp_reader;",

    /* 2: a practitioner's "my judgement differs". It is often made after the
     * session's row was sent, so a kiosk sends the row again (format 2) and
     * ingest writes the judgement onto the row that kiosk sent before; format 1
     * rows from kiosks not yet upgraded are still taken. */
    "ALTER TABLE fleet.sessions"
    "  ADD COLUMN judged_level smallint CHECK (judged_level BETWEEN 1 AND 4),"
    "  ADD COLUMN judged_local_level text CHECK (length(judged_local_level) BETWEEN 1 AND 100),"
    "  ADD COLUMN judged_reason text CHECK (judged_reason ~ '^[a-z0-9_]{1,32}$'),"
    "  ADD COLUMN judged_driver text CHECK (length(judged_driver) <= 128),"
    "  ADD COLUMN judged_received_at timestamptz,"
    "  ADD CONSTRAINT judgement_whole CHECK ((judged_level IS NULL) = (judged_reason IS NULL)"
    "    AND (judged_level IS NULL) = (judged_received_at IS NULL));"
    "CREATE OR REPLACE FUNCTION fleet.ingest(batch json) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER"
    "  SET search_path = pg_catalog, pg_temp AS $f$"
    "DECLARE k text := fleet.kiosk_of_login(); n integer;"
    "BEGIN"
    "  IF json_typeof(batch) IS DISTINCT FROM 'array' THEN"
    "    RAISE EXCEPTION 'a batch is a JSON array of session rows' USING ERRCODE = '22023';"
    "  END IF;"
    "  IF EXISTS (SELECT 1 FROM json_array_elements(batch) e WHERE e->>'v' IS NULL OR e->>'v' NOT IN ('1', '2')) THEN"
    "    RAISE EXCEPTION 'unknown session row format (this server takes v = 1 or 2)' USING ERRCODE = '22023';"
    "  END IF;"
    /* A row seen before changes only in its judgement, only for the kiosk
     * that sent it, and counts only when the judgement is new. */
    "  INSERT INTO fleet.sessions AS s (session_uuid, kiosk_id, seq, kiosk_hour, area, mode, lang, continuum_level,"
    "                             local_level, route_id, escalation, rules_version, judged_level, judged_local_level,"
    "                             judged_reason, judged_driver, judged_received_at)"
    "  SELECT r.uuid, k, r.seq, r.hour, r.area, r.mode, r.lang, r.level, r.local_level, r.route, r.escalation,"
    "         r.rules_version, r.judged_level, NULLIF(r.judged_local_level, ''), r.judged_reason,"
    "         r.judged_driver, CASE WHEN r.judged_level IS NOT NULL THEN now() END"
    "  FROM json_to_recordset(batch) AS r(uuid uuid, seq bigint, hour timestamptz, area text, mode text, lang text,"
    "       level smallint, local_level text, route text, escalation text, rules_version text,"
    "       judged_level smallint, judged_local_level text, judged_reason text, judged_driver text)"
    "  ON CONFLICT (session_uuid) DO UPDATE SET judged_level = EXCLUDED.judged_level,"
    "    judged_local_level = EXCLUDED.judged_local_level, judged_reason = EXCLUDED.judged_reason,"
    "    judged_driver = EXCLUDED.judged_driver, judged_received_at = now()"
    "  WHERE s.kiosk_id = EXCLUDED.kiosk_id AND EXCLUDED.judged_level IS NOT NULL"
    "    AND (s.judged_level, s.judged_local_level, s.judged_reason, s.judged_driver)"
    "        IS DISTINCT FROM (EXCLUDED.judged_level, EXCLUDED.judged_local_level, EXCLUDED.judged_reason,"
    "                          EXCLUDED.judged_driver);"
    "  GET DIAGNOSTICS n = ROW_COUNT;"
    "  RETURN n;"
    "END $f$;"
    /* The local figures' judgement tables, with the same keys. */
    "CREATE OR REPLACE VIEW fleet.stats AS"
    "  WITH s AS (SELECT kiosk_id, area, mode, continuum_level::text AS level, route_id,"
    "                    COALESCE(escalation, 'none') AS escalation, judged_level, judged_reason,"
    "                    continuum_level || ' to ' || judged_level AS override FROM fleet.sessions)"
    "  SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END AS scope,"
    "         'sessions' AS tbl, 'all' AS key, count(*) AS sessions FROM s GROUP BY GROUPING SETS ((kiosk_id), ())"
    "  UNION ALL SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END, 'by_area', area, count(*)"
    "    FROM s GROUP BY GROUPING SETS ((kiosk_id, area), (area))"
    "  UNION ALL SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END, 'by_mode', mode, count(*)"
    "    FROM s GROUP BY GROUPING SETS ((kiosk_id, mode), (mode))"
    "  UNION ALL SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END, 'by_level', level, count(*)"
    "    FROM s GROUP BY GROUPING SETS ((kiosk_id, level), (level))"
    "  UNION ALL SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END, 'by_route', route_id,"
    "    count(*) FROM s GROUP BY GROUPING SETS ((kiosk_id, route_id), (route_id))"
    "  UNION ALL SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END, 'by_escalation',"
    "    escalation, count(*) FROM s GROUP BY GROUPING SETS ((kiosk_id, escalation), (escalation))"
    "  UNION ALL SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END, 'overrides',"
    "    override, count(*) FROM s WHERE judged_level IS NOT NULL GROUP BY GROUPING SETS ((kiosk_id, override), (override))"
    "  UNION ALL SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END, 'judgement_reasons',"
    "    judged_reason, count(*) FROM s WHERE judged_level IS NOT NULL"
    "    GROUP BY GROUPING SETS ((kiosk_id, judged_reason), (judged_reason));",

    /* 3: per-day counts kept as rows arrive, change (a judgement) or go (issue 20), so that fleet.stats
     * costs as many days as the fleet has worked, not as many sessions. Statement triggers with
     * transition tables: one ingest batch is one upsert of its counts. */
    "CREATE TABLE fleet.day_counts ("
    "  kiosk_id text NOT NULL, day date NOT NULL, tbl text NOT NULL, key text NOT NULL, n bigint NOT NULL,"
    "  PRIMARY KEY (kiosk_id, day, tbl, key));"
    "CREATE FUNCTION fleet.count_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
    "  SET search_path = pg_catalog, pg_temp AS $f$"
    "BEGIN"
    "  IF TG_OP IN ('UPDATE', 'DELETE') THEN"
    "    INSERT INTO fleet.day_counts (kiosk_id, day, tbl, key, n)"
    COUNTS("old_rows", "-")
    "  END IF;"
    "  IF TG_OP IN ('UPDATE', 'INSERT') THEN"
    "    INSERT INTO fleet.day_counts (kiosk_id, day, tbl, key, n)"
    COUNTS("new_rows", "")
    "  END IF;"
    "  RETURN NULL;"
    "END $f$;"
    "REVOKE ALL ON FUNCTION fleet.count_rows() FROM PUBLIC;"
    "CREATE TRIGGER sessions_counted_in AFTER INSERT ON fleet.sessions REFERENCING NEW TABLE AS new_rows"
    "  FOR EACH STATEMENT EXECUTE FUNCTION fleet.count_rows();"
    "CREATE TRIGGER sessions_counted_again AFTER UPDATE ON fleet.sessions"
    "  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fleet.count_rows();"
    "CREATE TRIGGER sessions_counted_out AFTER DELETE ON fleet.sessions REFERENCING OLD TABLE AS old_rows"
    "  FOR EACH STATEMENT EXECUTE FUNCTION fleet.count_rows();"
    /* A council's copy (logical replication) applies rows one by one, firing only row triggers enabled for
     * replicas: this one keeps its counts there (and never fires on the central server). */
    "CREATE FUNCTION fleet.count_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
    "  SET search_path = pg_catalog, pg_temp AS $f$"
    "BEGIN"
    "  IF TG_OP IN ('UPDATE', 'DELETE') THEN"
    "    INSERT INTO fleet.day_counts (kiosk_id, day, tbl, key, n)"
    COUNTS("(SELECT OLD.*) ", "-")
    "  END IF;"
    "  IF TG_OP IN ('UPDATE', 'INSERT') THEN"
    "    INSERT INTO fleet.day_counts (kiosk_id, day, tbl, key, n)"
    COUNTS("(SELECT NEW.*) ", "")
    "  END IF;"
    "  RETURN NULL;"
    "END $f$;"
    "REVOKE ALL ON FUNCTION fleet.count_row() FROM PUBLIC;"
    "CREATE TRIGGER sessions_counted_on_copy AFTER INSERT OR UPDATE OR DELETE ON fleet.sessions"
    "  FOR EACH ROW EXECUTE FUNCTION fleet.count_row();"
    "ALTER TABLE fleet.sessions ENABLE REPLICA TRIGGER sessions_counted_on_copy;"
    "INSERT INTO fleet.day_counts (kiosk_id, day, tbl, key, n)"
    COUNTS("fleet.sessions", "")
    "CREATE OR REPLACE VIEW fleet.stats AS"
    "  SELECT CASE WHEN GROUPING(kiosk_id) = 1 THEN 'fleet' ELSE kiosk_id END AS scope, tbl, key,"
    "         sum(n)::bigint AS sessions"
    "  FROM fleet.day_counts GROUP BY GROUPING SETS ((kiosk_id, tbl, key), (tbl, key)) HAVING sum(n) > 0;",

    /* 4: silent calls for staff (issue 22). A kiosk raises one (kind and time, nothing else) through
     * fleet.raise_alert, which takes the kiosk from the login and tells listeners with NOTIFY; the payload is
     * the alert's number only, since any login may LISTEN: what it was, and where, needs righthelp_staff.
     * A kiosk belongs to a site (a reception), so a listener hears its own. */
    "ALTER TABLE fleet.kiosks ADD COLUMN site text CHECK (site ~ '^[a-z0-9][a-z0-9-]{0,46}$');"
    "CREATE TABLE fleet.alerts ("
    "  id bigserial PRIMARY KEY,"
    "  alert_uuid uuid NOT NULL UNIQUE,"
    "  kiosk_id text NOT NULL REFERENCES fleet.kiosks,"
    "  kind text NOT NULL CHECK (kind IN ('tell_staff', 'private_word', 'emergency')),"
    "  raised_at timestamptz NOT NULL,"
    "  received_at timestamptz NOT NULL DEFAULT now(),"
    "  acked_at timestamptz,"
    "  acked_by name,"
    "  CHECK ((acked_at IS NULL) = (acked_by IS NULL)));"
    "CREATE INDEX alerts_open ON fleet.alerts (id) WHERE acked_at IS NULL;"
    "CREATE FUNCTION fleet.raise_alert(alert_uuid uuid, kind text, raised_at timestamptz) RETURNS void"
    "  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$"
    "DECLARE k text := fleet.kiosk_of_login(); n bigint;"
    "BEGIN"
    "  INSERT INTO fleet.alerts (alert_uuid, kiosk_id, kind, raised_at) VALUES ($1, k, $2, $3)"
    "  ON CONFLICT ON CONSTRAINT alerts_alert_uuid_key DO NOTHING RETURNING id INTO n;"
    "  IF n IS NOT NULL THEN PERFORM pg_notify('righthelp_alerts', n::text); END IF;" /* a retry rings once */
    "END $f$;"
    "CREATE FUNCTION fleet.ack_alert(alert bigint) RETURNS boolean"
    "  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$"
    "BEGIN"
    "  UPDATE fleet.alerts SET acked_at = now(), acked_by = session_user WHERE id = $1 AND acked_at IS NULL;"
    "  IF NOT FOUND THEN RETURN false; END IF;"
    "  PERFORM pg_notify('righthelp_alerts', 'ack ' || $1);"
    "  RETURN true;"
    "END $f$;"
    /* How many of its own alerts no one has acknowledged yet: the kiosk's staff screen shows it (through sync);
     * nothing else about them. */
    "CREATE FUNCTION fleet.open_alerts_here() RETURNS bigint"
    "  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$"
    "  SELECT count(*) FROM fleet.alerts WHERE kiosk_id = fleet.kiosk_of_login() AND acked_at IS NULL $f$;"
    "CREATE VIEW fleet.alerts_seen AS"
    "  SELECT a.id, a.kiosk_id, k.site, a.kind, a.raised_at, a.received_at, a.acked_at, a.acked_by"
    "  FROM fleet.alerts a JOIN fleet.kiosks k USING (kiosk_id);"
    "CREATE VIEW fleet.alerts_by_kind AS"
    "  SELECT kiosk_id, kind, count(*) AS alerts, count(acked_at) AS acknowledged FROM fleet.alerts"
    "  GROUP BY GROUPING SETS ((kiosk_id, kind), (kind));"
    "REVOKE ALL ON FUNCTION fleet.raise_alert(uuid, text, timestamptz), fleet.ack_alert(bigint),"
    "  fleet.open_alerts_here() FROM PUBLIC;"
    "GRANT EXECUTE ON FUNCTION fleet.raise_alert(uuid, text, timestamptz), fleet.open_alerts_here() TO righthelp_kiosk;"
    "GRANT USAGE ON SCHEMA fleet TO righthelp_staff;"
    "GRANT EXECUTE ON FUNCTION fleet.ack_alert(bigint) TO righthelp_staff;"
    "GRANT SELECT ON fleet.alerts_seen TO righthelp_staff;"
    "GRANT SELECT ON fleet.alerts_by_kind TO righthelp_reader, righthelp_staff;",
};

const int fleet_nmigrations = (int)(sizeof fleet_migrations / sizeof *fleet_migrations);
