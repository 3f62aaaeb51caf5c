/* store.c: SQLite storage for finished sessions, with versioned migrations. */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

struct store {
    sqlite3 *db;
    sqlite3_stmt *insert;      /* prepared once, reused for every session */
};

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
};
#define NMIGRATIONS ((int)(sizeof migrations / sizeof *migrations))

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

store *store_open(const char *path, char *err, size_t errlen)
{
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
    sqlite3_busy_timeout(s->db, 2000);
    if (sqlite3_exec(s->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", NULL, NULL, NULL) != SQLITE_OK ||
        migrate(s, err, errlen) != 0) {
        if (!err[0]) fail(s, path, err, errlen);
        store_close(s);
        return NULL;
    }
    const char *sql = "INSERT INTO sessions (hour, area, mode, lang, continuum_level, local_level, route_id,"
                      " escalation, rules_version) VALUES (?,?,?,?,?,?,?,?,?)";
    if (sqlite3_prepare_v2(s->db, sql, -1, &s->insert, NULL) != SQLITE_OK) {
        fail(s, "prepare", err, errlen);
        store_close(s);
        return NULL;
    }
    return s;
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
    int rc = sqlite3_step(st); /* one statement in autocommit: one transaction */
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) return fail(s, "save session", err, errlen);
    return 0;
}

static cJSON *count_by(store *s, const char *column, char *err, size_t errlen)
{
    char sql[160];
    snprintf(sql, sizeof sql, "SELECT COALESCE(%s, 'none'), COUNT(*) FROM sessions GROUP BY 1 ORDER BY 2 DESC, 1",
             column);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        fail(s, "stats", err, errlen);
        return NULL;
    }
    cJSON *o = cJSON_CreateObject();
    while (sqlite3_step(st) == SQLITE_ROW)
        cJSON_AddNumberToObject(o, (const char *)sqlite3_column_text(st, 0), sqlite3_column_int(st, 1));
    sqlite3_finalize(st);
    return o;
}

cJSON *store_stats(store *s, char *err, size_t errlen)
{
    static const struct { const char *key, *column; } by[] = {
        { "by_area", "area" }, { "by_mode", "mode" }, { "by_level", "continuum_level" },
        { "by_route", "route_id" }, { "by_escalation", "escalation" },
    };
    cJSON *out = cJSON_CreateObject();
    int total = 0;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT COUNT(*) FROM sessions", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) total = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    cJSON_AddNumberToObject(out, "sessions", total);
    for (size_t i = 0; i < sizeof by / sizeof *by; i++) {
        cJSON *o = count_by(s, by[i].column, err, errlen);
        if (!o) {
            cJSON_Delete(out);
            return NULL;
        }
        cJSON_AddItemToObject(out, by[i].key, o);
    }
    return out;
}
