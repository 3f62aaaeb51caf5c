/* store.c: SQLite storage for finished sessions, with versioned migrations. */
#include "store.h"
#include "store_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>
#include <string.h>

#include <sqlite3.h>

#include "util.h"
#include "uuid.h"

struct store {
    sqlite3 *db;
    sqlite3_stmt *insert;      /* prepared once, reused for every session */
    bool corrupt;
    bool unverified;           /* opened for a start: no write until store_verify (query_only) */
    char path[1024];
    char notice[2048];         /* what happened at open, for staff (empty if nothing) */
};

/* The judgement tables of session row R (OLD or NEW), as (d, v) rows; v is NULL where a table
 * does not count the row (a family's session for the agreement by level). Migration 6. */
#define JUDGED(R)                                                                                              \
    "SELECT 'override' AS d, " R ".continuum_level || ' to ' || " R ".judged_level AS v"                       \
    " UNION ALL SELECT 'overridden_route', " R ".route_id"                                                    \
    " UNION ALL SELECT 'overridden_rule', CASE COALESCE(" R ".judged_driver, '') WHEN '' THEN 'none'"         \
    "   ELSE " R ".judged_driver END"                                                                          \
    " UNION ALL SELECT 'judgement_reason', " R ".judged_reason"                                                \
    " UNION ALL SELECT 'judged', CASE WHEN " R ".mode = 'practitioner' THEN CAST(" R ".continuum_level AS TEXT) END" \
    " UNION ALL SELECT 'judged_higher', CASE WHEN " R ".mode = 'practitioner' AND " R ".judged_level > "       \
    "   " R ".continuum_level THEN CAST(" R ".continuum_level AS TEXT) END"                                    \
    " UNION ALL SELECT 'judged_lower', CASE WHEN " R ".mode = 'practitioner' AND " R ".judged_level < "        \
    "   " R ".continuum_level THEN CAST(" R ".continuum_level AS TEXT) END"

/* Migration i takes the schema from version i to i+1. Never edit one that has
 * shipped: add a new one. */
static const char *const migrations[] = {
    "CREATE TABLE sessions ("
    "  id INTEGER PRIMARY KEY,"
    "  hour TEXT NOT NULL,"            /* ISO 8601, rounded down to the hour, UTC */
    "  area TEXT NOT NULL,"
    "  mode TEXT NOT NULL,"
    "  lang TEXT NOT NULL,"
    "  continuum_level INTEGER NOT NULL CHECK (continuum_level BETWEEN 1 AND 4),"
    "  local_level TEXT NOT NULL,"
    "  route_id TEXT NOT NULL,"
    "  escalation TEXT,"
    "  rules_version TEXT NOT NULL"
    ");"
    "CREATE INDEX sessions_hour ON sessions(hour);",
    /* 2: staff settings (the PIN only as an Argon2id hash) and their audit trail. */
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, what TEXT NOT NULL);",
    /* 3: training answers, one row per case a trainee decided: no trainee, no free text. */
    "CREATE TABLE training_results ("
    "  id INTEGER PRIMARY KEY,"
    "  hour TEXT NOT NULL,"            /* ISO 8601, rounded down to the hour, UTC */
    "  area TEXT NOT NULL,"
    "  case_id TEXT NOT NULL,"
    "  chosen_level INTEGER NOT NULL CHECK (chosen_level BETWEEN 1 AND 4),"
    "  rules_level INTEGER NOT NULL CHECK (rules_level BETWEEN 1 AND 4),"
    "  chosen_local TEXT NOT NULL,"
    "  rules_local TEXT NOT NULL,"
    "  chosen_action TEXT NOT NULL,"
    "  rules_action TEXT NOT NULL,"
    "  rules_version TEXT NOT NULL"
    ");"
    "CREATE INDEX training_results_case ON training_results(case_id);",
    /* 4: a practitioner's "my judgement differs", kept on the session it differs from: the level
     * they would choose, a reason from a fixed list (never free text), and the rule that set the
     * kiosk's level (kept only with a judgement, to show which rules are most often overridden). */
    "ALTER TABLE sessions ADD COLUMN judged_level INTEGER CHECK (judged_level BETWEEN 1 AND 4);"
    "ALTER TABLE sessions ADD COLUMN judged_local_level TEXT;"
    "ALTER TABLE sessions ADD COLUMN judged_reason TEXT;"
    "ALTER TABLE sessions ADD COLUMN judged_driver TEXT;"
    "CREATE INDEX sessions_judged ON sessions(hour) WHERE judged_level IS NOT NULL;",
    /* 5: fleet sync (issue 13). Each row gets a random session_uuid (older rows
     * one from SQLite's random(), timed at their hour), sent_at once the
     * partnership's server has acknowledged it, and refused with the server's
     * error when it was set aside. */
    "ALTER TABLE sessions ADD COLUMN session_uuid TEXT;"
    "ALTER TABLE sessions ADD COLUMN sent_at TEXT;"
    "ALTER TABLE sessions ADD COLUMN refused TEXT;"
    "UPDATE sessions SET session_uuid = printf('%08x-%04x-7%03x-%04x-%012x',"
    "  (CAST(strftime('%s', hour) AS INTEGER) * 1000) >> 16, (CAST(strftime('%s', hour) AS INTEGER) * 1000) & 65535,"
    "  random() & 4095, 32768 | (random() & 16383), random() & 281474976710655);"
    "CREATE UNIQUE INDEX sessions_uuid ON sessions(session_uuid);"
    "CREATE INDEX sessions_unsent ON sessions(id) WHERE sent_at IS NULL AND refused IS NULL;",
    /* 6: per-day counts kept as sessions are written, judged and deleted (issue 20), so that the statistics
     * cost grows with days, not rows. Triggers keep them, whatever writes a row. JUDGED(R) are the judgement
     * tables of row R (store_judgement.c reads them): what the level was changed to, the route, the rule and
     * the reason, and for practitioners' sessions by level how many were judged, higher or lower. */
    "CREATE TABLE day_counts (day TEXT NOT NULL, dim TEXT NOT NULL, value TEXT NOT NULL, n INTEGER NOT NULL,"
    "  PRIMARY KEY (day, dim, value)) WITHOUT ROWID;"
    "CREATE TRIGGER sessions_counted AFTER INSERT ON sessions BEGIN"
    "  INSERT INTO day_counts (day, dim, value, n) VALUES"
    "    (substr(NEW.hour, 1, 10), 'all', '', 1), (substr(NEW.hour, 1, 10), 'area', NEW.area, 1),"
    "    (substr(NEW.hour, 1, 10), 'mode', NEW.mode, 1), (substr(NEW.hour, 1, 10), 'level', NEW.continuum_level, 1),"
    "    (substr(NEW.hour, 1, 10), 'route', NEW.route_id, 1),"
    "    (substr(NEW.hour, 1, 10), 'escalation', COALESCE(NEW.escalation, 'none'), 1),"
    "    (substr(NEW.hour, 1, 10), 'mode_level', NEW.mode || ' ' || NEW.continuum_level, 1)"
    "  ON CONFLICT (day, dim, value) DO UPDATE SET n = n + 1;"
    "END;"
    "CREATE TRIGGER sessions_judged AFTER UPDATE OF judged_level, judged_reason, judged_driver ON sessions BEGIN"
    "  UPDATE day_counts SET n = n - 1 WHERE OLD.judged_level IS NOT NULL AND day = substr(OLD.hour, 1, 10)"
    "    AND (dim, value) IN (" JUDGED("OLD") ");"
    "  INSERT INTO day_counts (day, dim, value, n) SELECT substr(NEW.hour, 1, 10), d, v, 1 FROM (" JUDGED("NEW") ")"
    "    WHERE NEW.judged_level IS NOT NULL AND v IS NOT NULL ON CONFLICT (day, dim, value) DO UPDATE SET n = n + 1;"
    "END;"
    "CREATE TRIGGER sessions_unjudged AFTER DELETE ON sessions WHEN OLD.judged_level IS NOT NULL BEGIN"
    "  UPDATE day_counts SET n = n - 1 WHERE day = substr(OLD.hour, 1, 10) AND (dim, value) IN (" JUDGED("OLD") ");"
    "END;"
    "CREATE TRIGGER sessions_uncounted AFTER DELETE ON sessions BEGIN"
    "  UPDATE day_counts SET n = n - 1 WHERE day = substr(OLD.hour, 1, 10) AND ("
    "    (dim = 'all' AND value = '') OR (dim = 'area' AND value = OLD.area) OR (dim = 'mode' AND value = OLD.mode)"
    "    OR (dim = 'level' AND value = CAST(OLD.continuum_level AS TEXT)) OR (dim = 'route' AND value = OLD.route_id)"
    "    OR (dim = 'escalation' AND value = COALESCE(OLD.escalation, 'none'))"
    "    OR (dim = 'mode_level' AND value = OLD.mode || ' ' || OLD.continuum_level));"
    "END;"
    "INSERT INTO day_counts (day, dim, value, n)"
    "  SELECT substr(hour, 1, 10), 'all', '', COUNT(*) FROM sessions GROUP BY 1"
    "  UNION ALL SELECT substr(hour, 1, 10), 'area', area, COUNT(*) FROM sessions GROUP BY 1, 3"
    "  UNION ALL SELECT substr(hour, 1, 10), 'mode', mode, COUNT(*) FROM sessions GROUP BY 1, 3"
    "  UNION ALL SELECT substr(hour, 1, 10), 'level', continuum_level, COUNT(*) FROM sessions GROUP BY 1, 3"
    "  UNION ALL SELECT substr(hour, 1, 10), 'route', route_id, COUNT(*) FROM sessions GROUP BY 1, 3"
    "  UNION ALL SELECT substr(hour, 1, 10), 'escalation', COALESCE(escalation, 'none'), COUNT(*) FROM sessions"
    "    GROUP BY 1, 3"
    "  UNION ALL SELECT substr(hour, 1, 10), 'mode_level', mode || ' ' || continuum_level, COUNT(*) FROM sessions"
    "    GROUP BY 1, 3;"
    /* The judgements already made are counted by their own trigger, set off once. */
    "UPDATE sessions SET judged_level = judged_level WHERE judged_level IS NOT NULL;",

    /* 7: silent calls for staff (issue 22): kind and time only, counted by day for the statistics, and kept
     * until the partnership's server has them (sent) when the kiosk is in a fleet. */
    "CREATE TABLE alerts ("
    "  uuid TEXT PRIMARY KEY CHECK (length(uuid) = 36),"
    "  kind TEXT NOT NULL CHECK (kind IN ('tell_staff', 'private_word', 'emergency')),"
    "  at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),"
    "  sent_at TEXT);"
    "CREATE INDEX alerts_unsent ON alerts (at) WHERE sent_at IS NULL;"
    "CREATE TRIGGER alerts_counted AFTER INSERT ON alerts BEGIN"
    "  INSERT INTO day_counts (day, dim, value, n) VALUES (substr(NEW.at, 1, 10), 'alert', NEW.kind, 1)"
    "  ON CONFLICT (day, dim, value) DO UPDATE SET n = n + 1;"
    "END;",
};
#define NMIGRATIONS ((int)(sizeof migrations / sizeof *migrations))
_Static_assert(NMIGRATIONS == STORE_SCHEMA_VERSION, "a new migration bumps STORE_SCHEMA_VERSION");

static int fail(store *s, const char *what, char *err, size_t errlen)
{
    snprintf(err, errlen, "%s: %s", what, s->db ? sqlite3_errmsg(s->db) : "no database");
    return -1;
}

static int migrate(store *s, char *err, size_t errlen)
{
    int v = store_schema_version(s);
    if (v > NMIGRATIONS) {
        snprintf(err, errlen, "database schema version %d is newer than this program (%d)", v, NMIGRATIONS);
        return -1;
    }
    for (; v < NMIGRATIONS; v++) {
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d;", v + 1);
        if (sqlite3_exec(s->db, "BEGIN IMMEDIATE;", NULL, NULL, NULL) != SQLITE_OK) return fail(s, "migrate", err, errlen);
        if (sqlite3_exec(s->db, migrations[v], NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(s->db, pragma, NULL, NULL, NULL) != SQLITE_OK) {
            fail(s, "migrate", err, errlen);
            sqlite3_exec(s->db, "ROLLBACK;", NULL, NULL, NULL);
            return -1;
        }
        if (sqlite3_exec(s->db, "COMMIT;", NULL, NULL, NULL) != SQLITE_OK) return fail(s, "migrate", err, errlen);
    }
    return 0;
}

/* The kiosk may read the file but not write it (permissions, a read-only mount).
 * A WAL database then needs its -shm file, which cannot be made beside it, so
 * it is opened as immutable: nothing writes to it while it is read-only. */
static void reopen_readonly(store *s, const char *path)
{
    char uri[3200] = "file:";
    size_t o = strlen(uri);
    for (const unsigned char *p = (const unsigned char *)path; *p && o + 4 < sizeof uri - 32; p++)
        o += (size_t)(strchr("?#%", *p) || *p < 0x20 ? snprintf(uri + o, sizeof uri - o, "%%%02X", *p)
                                                       : snprintf(uri + o, sizeof uri - o, "%c", *p));
    snprintf(uri + o, sizeof uri - o, "?mode=ro&immutable=1");
    sqlite3 *ro = NULL;
    if (sqlite3_open_v2(uri, &ro, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK) {
        sqlite3_close(ro);
        return; /* keep the first handle: its error says why */
    }
    sqlite3_close(s->db);
    s->db = ro;
}

/* PRAGMA quick_check: false (with err, and corrupt set where the file is damaged) if it fails. */
static bool passes_check(store *s, const char *path, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    const char *verdict = NULL;
    if (sqlite3_prepare_v2(s->db, "PRAGMA quick_check", -1, &st, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", path, sqlite3_errmsg(s->db));
        s->corrupt = sqlite3_errcode(s->db) == SQLITE_NOTADB || sqlite3_errcode(s->db) == SQLITE_CORRUPT;
        return false;
    }
    if (sqlite3_step(st) == SQLITE_ROW) verdict = (const char *)sqlite3_column_text(st, 0);
    bool ok = verdict && !strcmp(verdict, "ok");
    if (!ok) {
        /* Its first problem, on one line: the rest is in the file moved aside. */
        char first[160];
        snprintf(first, sizeof first, "%s", verdict ? verdict : sqlite3_errmsg(s->db));
        for (char *c = first; *c; c++)
            if (*c == '\n') *c = ' ';
        snprintf(err, errlen, "%s: integrity check failed: %s", path, first);
        s->corrupt = true;
    }
    sqlite3_finalize(st);
    return ok;
}

/* later: a database already at the current schema is opened without its integrity check, which
 * reads every page (2.7 s at 1,000,000 sessions), and refuses writes until store_verify runs it. */
static store *open_once(const char *path, bool later, char *err, size_t errlen)
{
    /* No bulk page cache (SQLite's 87 KB per connection, never given back): pages are allocated one by one
     * and the cache gives them back (store_release_memory). Only before SQLite starts: a no-op after. */
    static bool configured;
    if (!configured) {
        configured = true;
        sqlite3_config(SQLITE_CONFIG_PAGECACHE, NULL, 0, 0);
    }
    store *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
        fail(s, path, err, errlen);
        store_close(s);
        return NULL;
    }
    /* No lookaside (SQLite's own 120 KB for small allocations): one row a session has no use for it (issue 20). */
    sqlite3_db_config(s->db, SQLITE_DBCONFIG_LOOKASIDE, NULL, 0, 0);
    if (sqlite3_db_readonly(s->db, "main") == 1) reopen_readonly(s, path);
    sqlite3_busy_timeout(s->db, 2000);
    snprintf(s->path, sizeof s->path, "%s", path);
    /* A damaged file must not be written to: check before anything else, or (later) refuse every
     * write until the check has run. A file that is not a database at all fails here either way. */
    s->unverified = later && store_schema_version(s) == NMIGRATIONS;
    if (!s->unverified && !passes_check(s, path, err, errlen)) {
        if (s->corrupt) return s;
        store_close(s);
        return NULL;
    }
    /* A database the kiosk may read but not write (permissions, a read-only mount) still
     * opens: staff can sign in and read the figures; each save fails and is reported. */
    bool readonly = sqlite3_db_readonly(s->db, "main") == 1 && store_schema_version(s) == NMIGRATIONS;
    if (readonly)
        snprintf(s->notice, sizeof s->notice, "%s is read-only: finished sessions are not being logged", path);
    else if (sqlite3_exec(s->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", NULL, NULL, NULL) != SQLITE_OK ||
        migrate(s, err, errlen) != 0) {
        if (!err[0]) fail(s, path, err, errlen);
        store_close(s);
        return NULL;
    }
    const char *sql = "INSERT INTO sessions (hour, area, mode, lang, continuum_level, local_level, route_id,"
                      " escalation, rules_version, session_uuid) VALUES (?,?,?,?,?,?,?,?,?,?)";
    if (sqlite3_prepare_v2(s->db, sql, -1, &s->insert, NULL) != SQLITE_OK ||
        (s->unverified && sqlite3_exec(s->db, "PRAGMA query_only=1;", NULL, NULL, NULL) != SQLITE_OK)) {
        fail(s, "prepare", err, errlen);
        store_close(s);
        return NULL;
    }
    return s;
}

/* Moves a damaged database (and its WAL and shared-memory files) aside with a
 * timestamp, so nothing in it is lost and a fresh one can take its place. */
static int move_aside(const char *path, char *moved, size_t n)
{
    char stamp[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
    snprintf(moved, n, "%s.corrupt-%s", path, stamp);
    if (rename(path, moved) != 0) return -1;
    static const char *sides[] = { "-wal", "-shm" };
    for (int i = 0; i < 2; i++) {
        char from[1100], to[1200];
        snprintf(from, sizeof from, "%s%s", path, sides[i]);
        snprintf(to, sizeof to, "%s%s", moved, sides[i]);
        rename(from, to);
    }
    return 0;
}

/* A damaged database moved aside and a fresh one opened in its place (checked). */
static store *start_again(const char *path, char *err, size_t errlen)
{
    char moved[1024], why[512];
    snprintf(why, sizeof why, "%s", err);
    if (move_aside(path, moved, sizeof moved) != 0) {
        snprintf(err, errlen, "%s; could not move it aside", why);
        return NULL;
    }
    err[0] = 0;
    store *s = open_once(path, false, err, errlen);
    if (s) snprintf(s->notice, sizeof s->notice, "%s; it was moved to %s and a new database started", why, moved);
    return s;
}

static store *open_store(const char *path, bool later, char *err, size_t errlen)
{
    err[0] = 0;
    store *s = open_once(path, later, err, errlen);
    if (!s || !s->corrupt) return s;
    store_close(s);
    return start_again(path, err, errlen);
}

store *store_open(const char *path, char *err, size_t errlen) { return open_store(path, false, err, errlen); }

store *store_open_unverified(const char *path, char *err, size_t errlen) { return open_store(path, true, err, errlen); }

bool store_unverified(const store *s) { return s && s->unverified; }

int store_verify(store **sp, char *err, size_t errlen)
{
    store *s = *sp;
    err[0] = 0;
    if (!s->unverified) return 0;
    if (passes_check(s, s->path, err, errlen)) {
        s->unverified = false;
        if (sqlite3_exec(s->db, "PRAGMA query_only=0;", NULL, NULL, NULL) == SQLITE_OK) return 0;
        return fail(s, s->path, err, errlen);
    }
    char path[1024];
    snprintf(path, sizeof path, "%s", s->path);
    bool damaged = s->corrupt;
    store_close(s);
    /* Only a damaged file is moved aside; one that could not be checked (busy, an I/O error) is left
     * as it is, and this run keeps no sessions, as when it cannot be opened. */
    *sp = damaged ? start_again(path, err, errlen) : NULL;
    return *sp ? 0 : -1;
}

const char *store_notice(const store *s) { return s->notice; }

int store_retain(store *s, int months, char *err, size_t errlen)
{
    /* A kiosk in a fleet keeps every row its server has not acknowledged. */
    char sql[400];
    snprintf(sql, sizeof sql, "DELETE FROM sessions WHERE hour < strftime('%%Y-%%m-%%dT%%H:00Z', 'now', '-%d months')"
             " AND (sent_at IS NOT NULL OR NOT EXISTS (SELECT 1 FROM settings WHERE key = '" STORE_FLEET_SETTING "'))",
             months);
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) return fail(s, "retention", err, errlen);
    int gone = sqlite3_changes(s->db);
    /* Alerts likewise, once the fleet's server has them. */
    snprintf(sql, sizeof sql, "DELETE FROM alerts WHERE at < strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now', '-%d months')"
             " AND (sent_at IS NOT NULL OR NOT EXISTS (SELECT 1 FROM settings WHERE key = '" STORE_FLEET_SETTING "'))",
             months);
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) return fail(s, "retention", err, errlen);
    /* Training answers are kept no longer than sessions. */
    snprintf(sql, sizeof sql,
             "DELETE FROM training_results WHERE hour < strftime('%%Y-%%m-%%dT%%H:00Z', 'now', '-%d months')", months);
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) return fail(s, "retention", err, errlen);
    /* The integrity check before it and the deletes read much of the file (100 MB at 1,000,000 sessions):
     * their pages leave SQLite's cache (up to 2 MB) for the kernel's, where the next read finds them. */
    store_release_memory(s);
    return gone;
}

void store_release_memory(store *s)
{
    if (s) sqlite3_db_release_memory(s->db);
}

void store_close(store *s)
{
    if (!s) return;
    sqlite3_finalize(s->insert);
    sqlite3_close(s->db);
    free(s);
}

int store_schema_version(store *s)
{
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

int store_save(store *s, const store_session *row, char *err, size_t errlen)
{
    char hour[32];
    time_t t = row->when - row->when % 3600;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(hour, sizeof hour, "%Y-%m-%dT%H:00Z", &tm);
    sqlite3_stmt *st = s->insert;
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, hour, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, row->area, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, row->mode, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, row->lang, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 5, row->continuum_level);
    sqlite3_bind_text(st, 6, row->local_level, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, row->route_id ? row->route_id : "", -1, SQLITE_STATIC);
    if (row->escalation) sqlite3_bind_text(st, 8, row->escalation, -1, SQLITE_STATIC);
    else sqlite3_bind_null(st, 8);
    sqlite3_bind_text(st, 9, row->rules_version, -1, SQLITE_STATIC);
    char uuid[UUID_TEXT_LEN];
    if (uuid_v7((uint64_t)t * 1000, uuid) != 0) {
        snprintf(err, errlen, "save session: no random source for its identifier");
        return -1;
    }
    sqlite3_bind_text(st, 10, uuid, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st); /* one statement in autocommit: one transaction */
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) return fail(s, "save session", err, errlen);
    return 0;
}

/* One table of the figures, from the per-day counts: value -> sessions since the day given. */
static cJSON *count_by(store *s, const char *dim, const char *since, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT value, SUM(n) FROM day_counts WHERE dim = ? AND day >= ? GROUP BY 1 HAVING SUM(n) > 0"
                           " ORDER BY 2 DESC, 1",
                           -1, &st, NULL) != SQLITE_OK) {
        fail(s, "stats", err, errlen);
        return NULL;
    }
    sqlite3_bind_text(st, 1, dim, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, since, -1, SQLITE_STATIC);
    cJSON *o = cJSON_CreateObject();
    while (sqlite3_step(st) == SQLITE_ROW)
        cJSON_AddNumberToObject(o, (const char *)sqlite3_column_text(st, 0), sqlite3_column_int(st, 1));
    sqlite3_finalize(st);
    return o;
}

cJSON *store_stats(store *s, char *err, size_t errlen)
{
    return store_stats_since(s, "", err, errlen);
}

cJSON *store_stats_since(store *s, const char *since, char *err, size_t errlen)
{
    static const struct { const char *key, *dim; } by[] = {
        { "by_area", "area" }, { "by_mode", "mode" }, { "by_level", "level" },
        { "by_route", "route" }, { "by_escalation", "escalation" },
    };
    cJSON *out = cJSON_CreateObject();
    int total = 0;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT COALESCE(SUM(n), 0) FROM day_counts WHERE dim = 'all' AND day >= ?", -1, &st,
                           NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, since, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW) total = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    cJSON_AddNumberToObject(out, "sessions", total);
    for (size_t i = 0; i < sizeof by / sizeof *by; i++) {
        cJSON *o = count_by(s, by[i].dim, since, err, errlen);
        if (!o) {
            cJSON_Delete(out);
            return NULL;
        }
        cJSON_AddItemToObject(out, by[i].key, o);
    }
    return out;
}

int store_get_setting(store *s, const char *key, char *out, size_t n)
{
    sqlite3_stmt *st;
    int rc = -1;
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM settings WHERE key = ?", -1, &st, NULL) != SQLITE_OK) return -1;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) {
        snprintf(out, n, "%s", (const char *)sqlite3_column_text(st, 0));
        rc = 0;
    }
    sqlite3_finalize(st);
    return rc;
}

/* Appends one audit line inside the caller's transaction (or on its own). */
static int insert_audit(store *s, const char *what)
{
    if (!what) return 0; /* a note the program keeps (sync's), not a change someone made */
    char at[32];
    util_utc_now(at, sizeof at);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "INSERT INTO audit (at, what) VALUES (?, ?)", -1, &st, NULL) != SQLITE_OK) return -1;
    sqlite3_bind_text(st, 1, at, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, what, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
    sqlite3_finalize(st);
    return rc;
}

int store_audit(store *s, const char *what, char *err, size_t errlen)
{
    return insert_audit(s, what) == 0 ? 0 : fail(s, "audit", err, errlen);
}

int store_set_setting(store *s, const char *key, const char *value, const char *audit, char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int ok = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK &&
             sqlite3_prepare_v2(s->db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", -1, &st, NULL) == SQLITE_OK;
    if (ok) {
        sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
        ok = sqlite3_step(st) == SQLITE_DONE && insert_audit(s, audit) == 0;
    }
    sqlite3_finalize(st);
    if (!ok) {
        fail(s, "settings", err, errlen);
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) return fail(s, "settings", err, errlen);
    return 0;
}

/* ---- training answers (issue 8) ---- */

static void hour_of(time_t when, char *out, size_t n)
{
    time_t t = when - when % 3600;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, n, "%Y-%m-%dT%H:00Z", &tm);
}

int store_training_save(store *s, const store_training_row *row, char *err, size_t errlen)
{
    char hour[32];
    hour_of(row->when, hour, sizeof hour);
    sqlite3_stmt *st;
    const char *sql = "INSERT INTO training_results (hour, area, case_id, chosen_level, rules_level, chosen_local,"
                      " rules_local, chosen_action, rules_action, rules_version) VALUES (?,?,?,?,?,?,?,?,?,?)";
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) return fail(s, "save training answer", err, errlen);
    sqlite3_bind_text(st, 1, hour, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, row->area, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, row->case_id, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, row->chosen_level);
    sqlite3_bind_int(st, 5, row->rules_level);
    sqlite3_bind_text(st, 6, row->chosen_local, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, row->rules_local, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, row->chosen_action, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 9, row->rules_action, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 10, row->rules_version, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : fail(s, "save training answer", err, errlen);
}

static double share(int part, int whole)
{
    return whole ? (double)(int)(1000.0 * part / whole + 0.5) / 1000.0 : 0;
}

/* The most common wrong answer, among rows of this group (?1 since, ?2 case or
 * NULL, ?3 rules' level); column is chosen_level or chosen_action. */
#define USUAL_WRONG(col, rule)                                                                                   \
    "(SELECT " col " FROM training_results w WHERE w.hour >= ?1 AND (?2 IS NULL OR w.case_id = t.case_id)"    \
    " AND w.rules_level = t.rules_level AND w." col " != w." rule " GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1)"

static cJSON *training_groups(store *s, bool by_case, const char *since, char *err, size_t errlen)
{
    char sql[1200];
    snprintf(sql, sizeof sql,
             "SELECT %s, rules_level, COUNT(*), SUM(chosen_level = rules_level), SUM(chosen_action = rules_action), "
             USUAL_WRONG("chosen_level", "rules_level") ", " USUAL_WRONG("chosen_action", "rules_action")
             " FROM training_results t WHERE hour >= ?1 GROUP BY %s rules_level"
             " ORDER BY %s",
             by_case ? "case_id" : "NULL", by_case ? "case_id," : "",
             by_case ? "1.0 * SUM(chosen_level = rules_level) / COUNT(*), 1.0 * SUM(chosen_action = rules_action) / COUNT(*),"
                       " COUNT(*) DESC, case_id" : "rules_level");
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        fail(s, "training stats", err, errlen);
        return NULL;
    }
    sqlite3_bind_text(st, 1, since, -1, SQLITE_STATIC);
    if (by_case) sqlite3_bind_int(st, 2, 1);
    else sqlite3_bind_null(st, 2);
    cJSON *out = cJSON_CreateArray();
    while (sqlite3_step(st) == SQLITE_ROW) {
        cJSON *g = cJSON_CreateObject();
        if (by_case) cJSON_AddStringToObject(g, "case", (const char *)sqlite3_column_text(st, 0));
        cJSON_AddNumberToObject(g, "rules_level", sqlite3_column_int(st, 1));
        int n = sqlite3_column_int(st, 2);
        cJSON_AddNumberToObject(g, "attempts", n);
        cJSON_AddNumberToObject(g, "level_correct", share(sqlite3_column_int(st, 3), n));
        cJSON_AddNumberToObject(g, "action_correct", share(sqlite3_column_int(st, 4), n));
        if (sqlite3_column_type(st, 5) == SQLITE_NULL) cJSON_AddNullToObject(g, "usual_wrong_level");
        else cJSON_AddNumberToObject(g, "usual_wrong_level", sqlite3_column_int(st, 5));
        if (sqlite3_column_type(st, 6) == SQLITE_NULL) cJSON_AddNullToObject(g, "usual_wrong_action");
        else cJSON_AddStringToObject(g, "usual_wrong_action", (const char *)sqlite3_column_text(st, 6));
        cJSON_AddItemToArray(out, g);
    }
    sqlite3_finalize(st);
    return out;
}

cJSON *store_training_stats(store *s, const char *since, char *err, size_t errlen)
{
    if (!since) since = "";
    cJSON *out = cJSON_CreateObject();
    sqlite3_stmt *st;
    int n = 0, lv = 0, ac = 0;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT COUNT(*), TOTAL(chosen_level = rules_level), TOTAL(chosen_action = rules_action)"
                           " FROM training_results WHERE hour >= ?",
                           -1, &st, NULL) != SQLITE_OK) {
        cJSON_Delete(out);
        fail(s, "training stats", err, errlen);
        return NULL;
    }
    sqlite3_bind_text(st, 1, since, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) {
        n = sqlite3_column_int(st, 0);
        lv = sqlite3_column_int(st, 1);
        ac = sqlite3_column_int(st, 2);
    }
    sqlite3_finalize(st);
    cJSON_AddNumberToObject(out, "attempts", n);
    cJSON_AddNumberToObject(out, "level_correct", share(lv, n));
    cJSON_AddNumberToObject(out, "action_correct", share(ac, n));
    cJSON *cases = training_groups(s, true, since, err, errlen);
    cJSON *levels = cases ? training_groups(s, false, since, err, errlen) : NULL;
    if (!levels) {
        cJSON_Delete(cases);
        cJSON_Delete(out);
        return NULL;
    }
    cJSON_AddItemToObject(out, "by_case", cases);
    cJSON_AddItemToObject(out, "by_level", levels);
    return out;
}

/* ---- for the store's other files (store_private.h) and the migration tests ---- */

sqlite3 *store_db(store *s) { return s->db; }

int store_migration_count(void) { return NMIGRATIONS; }

const char *store_migration(int i) { return i >= 0 && i < NMIGRATIONS ? migrations[i] : NULL; }
