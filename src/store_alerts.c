/* store_alerts.c: the kiosk's record of silent calls for staff (issue 22): kind and time, nothing else.
 * It counts them for the statistics (a trigger, migration 7) and is the fleet's outbox: an alert the
 * partnership's server has not acknowledged stays here until 'righthelp sync' delivers it. */
#include <stdio.h>
#include <string.h>

#include "store_private.h"

static int fail(store *s, const char *what, char *err, size_t errlen)
{
    snprintf(err, errlen, "%s: %s", what, sqlite3_errmsg(store_db(s)));
    return -1;
}

int store_alert_add(store *s, const char *uuid, const char *kind, const char *at, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(store_db(s), "INSERT OR IGNORE INTO alerts (uuid, kind, at) VALUES (?, ?, ?)", -1, &st,
                           NULL) != SQLITE_OK)
        return fail(s, "recording an alert", err, errlen);
    sqlite3_bind_text(st, 1, uuid, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, at, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : fail(s, "recording an alert", err, errlen);
}

cJSON *store_alerts_unsent(store *s, int limit, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(store_db(s), "SELECT uuid, kind, at FROM alerts WHERE sent_at IS NULL ORDER BY at LIMIT ?",
                           -1, &st, NULL) != SQLITE_OK) {
        fail(s, "reading alerts", err, errlen);
        return NULL;
    }
    sqlite3_bind_int(st, 1, limit);
    cJSON *out = cJSON_CreateArray();
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        cJSON *a = cJSON_CreateObject();
        cJSON_AddStringToObject(a, "id", (const char *)sqlite3_column_text(st, 0));
        cJSON_AddStringToObject(a, "kind", (const char *)sqlite3_column_text(st, 1));
        cJSON_AddStringToObject(a, "at", (const char *)sqlite3_column_text(st, 2));
        cJSON_AddItemToArray(out, a);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        cJSON_Delete(out);
        fail(s, "reading alerts", err, errlen);
        return NULL;
    }
    return out;
}

int store_alert_sent(store *s, const char *uuid, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(store_db(s),
                           "UPDATE alerts SET sent_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE uuid = ?"
                           " AND sent_at IS NULL", -1, &st, NULL) != SQLITE_OK)
        return fail(s, "marking an alert sent", err, errlen);
    sqlite3_bind_text(st, 1, uuid, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : fail(s, "marking an alert sent", err, errlen);
}

long store_alerts_unsent_count(store *s)
{
    sqlite3_stmt *st;
    long n = -1;
    if (sqlite3_prepare_v2(store_db(s), "SELECT count(*) FROM alerts WHERE sent_at IS NULL", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        n = (long)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}
