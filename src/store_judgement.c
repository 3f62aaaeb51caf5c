/* store_judgement.c: a practitioner's "my judgement differs" on a saved session,
 * and the figures managers read: sessions per week by level, and how often
 * practitioners differ from the rules, by level, route and rule.
 *
 * A judgement is attached to the row the session already wrote (one UPDATE by
 * id, one transaction), so a session is still one row and nothing is written
 * while the questions are answered. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "store_private.h"

static int fail(store *s, const char *what, char *err, size_t errlen)
{
    snprintf(err, errlen, "%s: %s", what, sqlite3_errmsg(store_db(s)));
    return -1;
}

long long store_last_session(store *s) { return sqlite3_last_insert_rowid(store_db(s)); }

int store_judge(store *s, long long id, const store_judgement *j, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    /* Back into the fleet queue (outbox.c): the server has the row without
     * this judgement, or has not seen it yet. */
    const char *sql = "UPDATE sessions SET judged_level = ?, judged_local_level = ?, judged_reason = ?,"
                      " judged_driver = ?, sent_at = NULL WHERE id = ?";
    if (sqlite3_prepare_v2(store_db(s), sql, -1, &st, NULL) != SQLITE_OK) return fail(s, "judgement", err, errlen);
    sqlite3_bind_int(st, 1, j->level);
    sqlite3_bind_text(st, 2, j->local_level ? j->local_level : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, j->reason, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, j->driver ? j->driver : "", -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, id);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return fail(s, "judgement", err, errlen);
    if (sqlite3_changes(store_db(s)) != 1) {
        snprintf(err, errlen, "judgement: session %lld is not in the database", id);
        return -1;
    }
    return 0;
}

/* Runs sql, whose one parameter takes since, and hands each row to fn. Every query here reads the per-day
 * counts or the judged rows alone (their partial index), so none grows with the sessions. */
static int each_row(store *s, const char *sql, const char *since, void (*fn)(sqlite3_stmt *, cJSON *), cJSON *into,
                    char *err, size_t errlen)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(store_db(s), sql, -1, &st, NULL) != SQLITE_OK) return fail(s, "stats", err, errlen);
    sqlite3_bind_text(st, 1, since, -1, SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) fn(st, into);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : fail(s, "stats", err, errlen);
}

/* Rows of (key, count). */
static void add_count(sqlite3_stmt *st, cJSON *into)
{
    cJSON_AddNumberToObject(into, (const char *)sqlite3_column_text(st, 0), sqlite3_column_int(st, 1));
}

/* Rows of (day, level, count), added into the week the day is in. Weeks start on
 * Monday; the folding is done here because date() on every row costs more than
 * the whole query. Weeks come out in date order, as the days do. */
static void add_week(sqlite3_stmt *st, cJSON *into)
{
    struct tm tm = { 0 };
    if (sscanf((const char *)sqlite3_column_text(st, 0), "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3) return;
    tm.tm_year -= 1900, tm.tm_mon -= 1;
    long day = (long)(timegm(&tm) / 86400);
    time_t monday = (time_t)(day - ((day + 3) % 7 + 7) % 7) * 86400; /* 1970-01-01 was a Thursday */
    char week[16];
    strftime(week, sizeof week, "%Y-%m-%d", gmtime_r(&monday, &tm));
    cJSON *w = cJSON_GetObjectItemCaseSensitive(into, week);
    if (!w) w = cJSON_AddObjectToObject(into, week);
    const char *level = (const char *)sqlite3_column_text(st, 1);
    cJSON *n = cJSON_GetObjectItemCaseSensitive(w, level);
    if (n) cJSON_SetNumberValue(n, n->valuedouble + sqlite3_column_int(st, 2));
    else cJSON_AddNumberToObject(w, level, sqlite3_column_int(st, 2));
}

/* Rows of (level, sessions, differs, higher, lower). */
static void add_agreement(sqlite3_stmt *st, cJSON *into)
{
    cJSON *l = cJSON_AddObjectToObject(into, (const char *)sqlite3_column_text(st, 0));
    static const char *names[] = { "sessions", "differs", "higher", "lower" };
    for (int i = 0; i < 4; i++) cJSON_AddNumberToObject(l, names[i], sqlite3_column_int(st, i + 1));
}

int store_stats_more(store *s, const char *since, cJSON *out, char *err, size_t errlen)
{
    /* Everything from the per-day counts (store.c, migration 6): sessions by day and level, practitioners'
     * sessions by level with how many were judged higher or lower, and the judgement tables. */
    static const char *week_sql = "SELECT day, value, n FROM day_counts WHERE dim = 'level' AND day >= ? AND n > 0"
                                  " ORDER BY 1, 2";
    static const char *agree_sql =
        "WITH c AS (SELECT dim, CASE dim WHEN 'mode_level' THEN substr(value, 14) ELSE value END AS level, SUM(n) AS n"
        "           FROM day_counts WHERE day >= ?1 AND (dim IN ('judged', 'judged_higher', 'judged_lower')"
        "             OR (dim = 'mode_level' AND value LIKE 'practitioner %')) GROUP BY 1, 2)"
        " SELECT CAST(level AS INTEGER), SUM(CASE dim WHEN 'mode_level' THEN n ELSE 0 END) AS sessions,"
        "        SUM(CASE dim WHEN 'judged' THEN n ELSE 0 END), SUM(CASE dim WHEN 'judged_higher' THEN n ELSE 0 END),"
        "        SUM(CASE dim WHEN 'judged_lower' THEN n ELSE 0 END)"
        " FROM c GROUP BY 1 HAVING sessions > 0 ORDER BY 1";
#define JUDGED_TABLE(dim) \
    "SELECT value, SUM(n) FROM day_counts WHERE dim = '" dim "' AND day >= ? GROUP BY 1 HAVING SUM(n) > 0 ORDER BY 2 DESC, 1"
    static const struct { const char *key, *sql; } counts[] = {
        { "overrides", JUDGED_TABLE("override") },
        { "overridden_routes", JUDGED_TABLE("overridden_route") },
        { "overridden_rules", JUDGED_TABLE("overridden_rule") },
        { "judgement_reasons", JUDGED_TABLE("judgement_reason") },
        { "alerts", JUDGED_TABLE("alert") }, /* silent calls for staff, by kind (migration 7) */
    };
#undef JUDGED_TABLE
    if (each_row(s, week_sql, since, add_week, cJSON_AddObjectToObject(out, "by_week_level"), err, errlen) != 0 ||
        each_row(s, agree_sql, since, add_agreement, cJSON_AddObjectToObject(out, "agreement_by_level"), err,
                 errlen) != 0)
        return -1;
    int judged = 0;
    for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
        cJSON *o = cJSON_AddObjectToObject(out, counts[i].key);
        if (each_row(s, counts[i].sql, since, add_count, o, err, errlen) != 0) return -1;
        if (i == 0) {
            const cJSON *c;
            cJSON_ArrayForEach(c, o) judged += c->valueint;
        }
    }
    cJSON_AddNumberToObject(out, "judgements", judged);
    return 0;
}
