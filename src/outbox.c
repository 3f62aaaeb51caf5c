/* outbox.c: waiting session rows read, acknowledged and set aside in SQLite. */
#include "outbox.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "util.h"

static int fail(store *s, const char *what, char *err, size_t errlen)
{
    snprintf(err, errlen, "%s: %s", what, sqlite3_errmsg(store_db(s)));
    return -1;
}

static const char *text_or(sqlite3_stmt *st, int col, const char *dflt)
{
    const char *t = (const char *)sqlite3_column_text(st, col);
    return t ? t : dflt;
}

cJSON *outbox_next(store *s, int limit, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    const char *sql = "SELECT id, session_uuid, hour, area, mode, lang, continuum_level, local_level, route_id,"
                      " escalation, rules_version, judged_level, judged_local_level, judged_reason, judged_driver"
                      " FROM sessions WHERE sent_at IS NULL AND refused IS NULL"
                      " ORDER BY id LIMIT ?";
    if (sqlite3_prepare_v2(store_db(s), sql, -1, &st, NULL) != SQLITE_OK) {
        fail(s, "outbox", err, errlen);
        return NULL;
    }
    sqlite3_bind_int(st, 1, limit);
    cJSON *rows = cJSON_CreateArray();
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        cJSON *r = cJSON_CreateObject();
        bool judged = sqlite3_column_type(st, 11) != SQLITE_NULL;
        cJSON_AddNumberToObject(r, "v", judged ? OUTBOX_ROW_FORMAT_JUDGED : OUTBOX_ROW_FORMAT);
        cJSON_AddStringToObject(r, "uuid", text_or(st, 1, ""));
        cJSON_AddNumberToObject(r, "seq", (double)sqlite3_column_int64(st, 0));
        cJSON_AddStringToObject(r, "hour", text_or(st, 2, ""));
        cJSON_AddStringToObject(r, "area", text_or(st, 3, ""));
        cJSON_AddStringToObject(r, "mode", text_or(st, 4, ""));
        cJSON_AddStringToObject(r, "lang", text_or(st, 5, ""));
        cJSON_AddNumberToObject(r, "level", sqlite3_column_int(st, 6));
        cJSON_AddStringToObject(r, "local_level", text_or(st, 7, ""));
        cJSON_AddStringToObject(r, "route", text_or(st, 8, ""));
        if (sqlite3_column_type(st, 9) == SQLITE_NULL) cJSON_AddNullToObject(r, "escalation");
        else cJSON_AddStringToObject(r, "escalation", text_or(st, 9, ""));
        cJSON_AddStringToObject(r, "rules_version", text_or(st, 10, ""));
        if (judged) {
            cJSON_AddNumberToObject(r, "judged_level", sqlite3_column_int(st, 11));
            cJSON_AddStringToObject(r, "judged_local_level", text_or(st, 12, ""));
            cJSON_AddStringToObject(r, "judged_reason", text_or(st, 13, ""));
            cJSON_AddStringToObject(r, "judged_driver", text_or(st, 14, ""));
        }
        cJSON_AddItemToArray(rows, r);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        fail(s, "outbox", err, errlen);
        cJSON_Delete(rows);
        return NULL;
    }
    return rows;
}

/* A row field as outbox_next wrote it, bound as the column it came from
 * (NULL when the row had no judgement). */
static void bind_field(sqlite3_stmt *st, int at, const cJSON *row, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(row, key);
    if (cJSON_IsNumber(v)) sqlite3_bind_int64(st, at, (sqlite3_int64)v->valuedouble);
    else if (cJSON_IsString(v)) sqlite3_bind_text(st, at, v->valuestring, -1, SQLITE_STATIC);
    else sqlite3_bind_null(st, at);
}

int outbox_mark_sent(store *s, cJSON *const *rows, int n, char *err, size_t errlen)
{
    sqlite3 *db = store_db(s);
    sqlite3_stmt *st = NULL;
    char now[32];
    util_utc_now(now, sizeof now);
    /* The kiosk may write a judgement while a batch is on its way (sync is
     * its own process): only the judgement the server saw is acknowledged. */
    const char *sql = "UPDATE sessions SET sent_at = ? WHERE id = ? AND judged_level IS ? AND judged_local_level IS ?"
                      " AND judged_reason IS ? AND judged_driver IS ?";
    static const char *const judged[] = { "judged_level", "judged_local_level", "judged_reason", "judged_driver" };
    int ok = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK &&
             sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK;
    for (int i = 0; ok && i < n; i++) {
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
        bind_field(st, 2, rows[i], "seq");
        for (int k = 0; k < 4; k++) bind_field(st, 3 + k, rows[i], judged[k]);
        ok = sqlite3_step(st) == SQLITE_DONE;
    }
    sqlite3_finalize(st);
    if (!ok || sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        fail(s, "mark sent", err, errlen);
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return 0;
}

int outbox_set_aside(store *s, long long seq, const char *why, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(store_db(s), "UPDATE sessions SET refused = ? WHERE id = ?", -1, &st, NULL) != SQLITE_OK)
        return fail(s, "set aside", err, errlen);
    sqlite3_bind_text(st, 1, why && *why ? why : "refused by the server", -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, seq);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : fail(s, "set aside", err, errlen);
}

int outbox_retry_refused(store *s, char *err, size_t errlen)
{
    if (sqlite3_exec(store_db(s), "UPDATE sessions SET refused = NULL WHERE refused IS NOT NULL AND sent_at IS NULL",
                     NULL, NULL, NULL) != SQLITE_OK)
        return fail(s, "retry refused", err, errlen);
    return sqlite3_changes(store_db(s));
}

int outbox_state(store *s, outbox_status *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st;
    const char *sql =
        "SELECT (SELECT COUNT(*) FROM sessions WHERE sent_at IS NULL AND refused IS NULL),"
        " (SELECT COUNT(*) FROM sessions WHERE sent_at IS NULL AND refused IS NOT NULL),"
        " (SELECT hour FROM sessions WHERE sent_at IS NULL AND refused IS NULL ORDER BY id LIMIT 1),"
        " (SELECT MAX(hour) FROM sessions)";
    if (sqlite3_prepare_v2(store_db(s), sql, -1, &st, NULL) != SQLITE_OK) return fail(s, "queue", err, errlen);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        out->pending = sqlite3_column_int(st, 0);
        out->set_aside = sqlite3_column_int(st, 1);
        snprintf(out->oldest_unsent, sizeof out->oldest_unsent, "%s", text_or(st, 2, ""));
        snprintf(out->last_session, sizeof out->last_session, "%s", text_or(st, 3, ""));
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : fail(s, "queue", err, errlen);
}

int outbox_join_fleet(store *s, char *err, size_t errlen)
{
    char v[8];
    if (store_get_setting(s, STORE_FLEET_SETTING, v, sizeof v) == 0) return 0;
    return store_set_setting(s, STORE_FLEET_SETTING, "on", "kiosk joined a fleet: unsent rows are kept", err, errlen);
}
