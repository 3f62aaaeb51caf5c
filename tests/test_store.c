/* test_store.c: the SQLite store on real files: schema, WAL, rows, stats. */
#include "testutil.h"

#include <sqlite3.h>
#include <time.h>

#include "store.h"
#include "store_private.h"

static char dir[256];

static int setup(void **s) { (void)s; tu_tmpdir(dir, sizeof dir, "store"); return 0; }
static int teardown(void **s) { (void)s; tu_rmrf(dir); return 0; }

static store_session row(int level, const char *esc)
{
    store_session r = { .when = 1700003599, .area = "sutton", .mode = "family", .lang = "en",
                        .continuum_level = level, .local_level = "x", .route_id = "su.l1",
                        .escalation = esc, .rules_version = "abc" };
    return r;
}

static void test_creates_schema_in_wal(void **state)
{
    (void)state;
    char path[400], err[256] = "";
    snprintf(path, sizeof path, "%s/a.db", dir);
    store *s = store_open(path, err, sizeof err);
    assert_non_null(s);
    assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
    store_close(s);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "wal");
    sqlite3_finalize(st);
    sqlite3_close(db);
}

static void test_rows_are_anonymous_and_rounded(void **state)
{
    (void)state;
    char path[400], err[256] = "";
    snprintf(path, sizeof path, "%s/b.db", dir);
    store *s = store_open(path, err, sizeof err);
    store_session r1 = row(1, NULL), r4 = row(4, "emergency");
    assert_int_equal(store_save(s, &r1, err, sizeof err), 0);
    assert_int_equal(store_save(s, &r4, err, sizeof err), 0);
    cJSON *st = store_stats(s, err, sizeof err);
    assert_int_equal(cJSON_GetObjectItem(st, "sessions")->valueint, 2);
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "by_escalation"), "emergency")->valueint, 1);
    cJSON_Delete(st);
    store_close(s);
    /* The time is kept to the hour only, and the table has no column for answers. */
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_stmt *q;
    sqlite3_prepare_v2(db, "SELECT hour FROM sessions LIMIT 1", -1, &q, NULL);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(q, 0), "2023-11-14T23:00Z");
    sqlite3_finalize(q);
    sqlite3_prepare_v2(db, "SELECT group_concat(name) FROM pragma_table_info('sessions')", -1, &q, NULL);
    sqlite3_step(q);
    const char *cols = (const char *)sqlite3_column_text(q, 0);
    assert_null(strstr(cols, "answer"));
    assert_null(strstr(cols, "name,"));
    sqlite3_finalize(q);
    sqlite3_close(db);
}

static void test_refuses_newer_schema(void **state)
{
    (void)state;
    char path[400], err[256] = "";
    snprintf(path, sizeof path, "%s/c.db", dir);
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, "PRAGMA user_version=99", NULL, NULL, NULL);
    sqlite3_close(db);
    assert_null(store_open(path, err, sizeof err));
    assert_non_null(strstr(err, "newer"));
}

static void test_bad_level_refused_by_schema(void **state)
{
    (void)state;
    char path[400], err[256] = "";
    snprintf(path, sizeof path, "%s/d.db", dir);
    store *s = store_open(path, err, sizeof err);
    store_session r = row(9, NULL);
    assert_int_not_equal(store_save(s, &r, err, sizeof err), 0);
    store_session ok = row(2, NULL);
    assert_int_equal(store_save(s, &ok, err, sizeof err), 0); /* the statement is reusable after a failure */
    store_close(s);
}

static void test_corrupt_file_moved_aside(void **state)
{
    (void)state;
    char path[400], err[512] = "";
    snprintf(path, sizeof path, "%s/corrupt.db", dir);
    tu_write(path, "this is not a database, but somebody's data may be in it: keep it");
    store *s = store_open(path, err, sizeof err);
    assert_non_null(s);
    assert_non_null(strstr(store_notice(s), "moved to"));
    store_session r = row(2, NULL);
    assert_int_equal(store_save(s, &r, err, sizeof err), 0);
    store_close(s);
    assert_int_equal(tu_sh("ls '%s'/corrupt.db.corrupt-* >/dev/null", dir), 0);
    assert_int_equal(tu_sh("grep -q 'keep it' '%s'/corrupt.db.corrupt-*", dir), 0);
}

/* A kiosk's start opens the database without its integrity check (it reads every page) and
 * refuses every write until store_verify has run it; a file damaged inside is then moved aside. */
static void test_integrity_check_after_the_start(void **state)
{
    (void)state;
    char path[400], err[512] = "";
    snprintf(path, sizeof path, "%s/later.db", dir);
    store *s = store_open(path, err, sizeof err);
    assert_non_null(s);
    store_session r = row(2, NULL);
    for (int i = 0; i < 3000; i++) assert_int_equal(store_save(s, &r, err, sizeof err), 0);
    assert_int_equal(store_set_setting(s, "area", "sutton", "area set", err, sizeof err), 0);
    store_close(s);

    s = store_open_unverified(path, err, sizeof err);
    assert_non_null(s);
    assert_true(store_unverified(s));
    char v[64];
    assert_int_equal(store_get_setting(s, "area", v, sizeof v), 0); /* reads: the start screen's settings */
    assert_string_equal(v, "sutton");
    assert_int_not_equal(store_save(s, &r, err, sizeof err), 0); /* no write before the check */
    assert_int_not_equal(store_set_setting(s, "area", "wandsworth", "area set", err, sizeof err), 0);
    assert_int_equal(store_verify(&s, err, sizeof err), 0);
    assert_false(store_unverified(s));
    assert_string_equal(store_notice(s), "");
    assert_int_equal(store_save(s, &r, err, sizeof err), 0);
    store_close(s);

    /* Pages damaged in the middle of the file: the header still reads, the check does not pass. */
    assert_int_equal(tu_damage_pages(path), 0);
    s = store_open_unverified(path, err, sizeof err);
    assert_non_null(s);
    assert_true(store_unverified(s));
    assert_int_equal(store_verify(&s, err, sizeof err), 0);
    assert_non_null(s);
    assert_false(store_unverified(s));
    assert_non_null(strstr(store_notice(s), "moved to"));
    assert_int_equal(store_save(s, &r, err, sizeof err), 0);
    store_close(s);
    assert_int_equal(tu_sh("ls '%s'/later.db.corrupt-* >/dev/null", dir), 0);

    /* A file that is not a database at all is found at the start, as by store_open. */
    snprintf(path, sizeof path, "%s/notadb.db", dir);
    tu_write(path, "not a database");
    s = store_open_unverified(path, err, sizeof err);
    assert_non_null(s);
    assert_false(store_unverified(s));
    assert_non_null(strstr(store_notice(s), "moved to"));
    store_close(s);
}

static void test_retention_deletes_old_rows_only(void **state)
{
    (void)state;
    char path[400], err[512] = "";
    snprintf(path, sizeof path, "%s/ret.db", dir);
    store *s = store_open(path, err, sizeof err);
    store_session old = row(1, NULL), fresh = row(1, NULL);
    old.when = time(NULL) - 26L * 31 * 24 * 3600;
    fresh.when = time(NULL) - 3600;
    store_save(s, &old, err, sizeof err);
    store_save(s, &fresh, err, sizeof err);
    cJSON *since = store_stats_since(s, "2000-01-01", err, sizeof err);
    assert_int_equal(cJSON_GetObjectItem(since, "sessions")->valueint, 2);
    cJSON_Delete(since);
    char recent[16];
    time_t t = time(NULL) - 2L * 24 * 3600;
    strftime(recent, sizeof recent, "%Y-%m-%d", gmtime(&t));
    since = store_stats_since(s, recent, err, sizeof err);
    assert_int_equal(cJSON_GetObjectItem(since, "sessions")->valueint, 1);
    cJSON_Delete(since);
    assert_int_equal(store_retain(s, 24, err, sizeof err), 1);
    cJSON *st = store_stats(s, err, sizeof err);
    assert_int_equal(cJSON_GetObjectItem(st, "sessions")->valueint, 1);
    cJSON_Delete(st);
    store_close(s);
}

static int exec_count(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    int n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return n;
}

/* A value for column col of table t at version v, row r: unique, and inside every
 * CHECK the shipped schema has (levels are 1 to 4). */
static void fixture_value(char *out, size_t n, const char *type, int v, const char *t, const char *col, int r)
{
    if (strstr(type, "INT")) snprintf(out, n, "%d", r + 1);
    else snprintf(out, n, "'v%d-%s-%s-%d'", v, t, col, r);
}

/* Builds a database of version v from the shipped migrations, with two rows in
 * every table, filling every column that version has. */
static void build_version(const char *path, int v)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    for (int i = 0; i < v; i++)
        if (sqlite3_exec(db, store_migration(i), NULL, NULL, NULL) != SQLITE_OK)
            fail_msg("migration %d: %s", i, sqlite3_errmsg(db));
    char sql[4096];
    snprintf(sql, sizeof sql, "PRAGMA user_version=%d", v);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_stmt *tables;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", -1,
                       &tables, NULL);
    while (sqlite3_step(tables) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(tables, 0);
        for (int r = 0; r < 2; r++) {
            char cols[1024] = "", vals[2048] = "";
            sqlite3_stmt *info;
            snprintf(sql, sizeof sql, "SELECT name, type, pk FROM pragma_table_info('%s')", t);
            sqlite3_prepare_v2(db, sql, -1, &info, NULL);
            while (sqlite3_step(info) == SQLITE_ROW) {
                const char *col = (const char *)sqlite3_column_text(info, 0);
                if (sqlite3_column_int(info, 2) && !strcmp((const char *)sqlite3_column_text(info, 1), "INTEGER"))
                    continue; /* the rowid: SQLite gives it */
                char val[256];
                fixture_value(val, sizeof val, (const char *)sqlite3_column_text(info, 1), v, t, col, r);
                snprintf(cols + strlen(cols), sizeof cols - strlen(cols), "%s%s", *cols ? "," : "", col);
                snprintf(vals + strlen(vals), sizeof vals - strlen(vals), "%s%s", *vals ? "," : "", val);
            }
            sqlite3_finalize(info);
            snprintf(sql, sizeof sql, "INSERT INTO %s (%s) VALUES (%s)", t, cols, vals);
            if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK) fail_msg("v%d fixture: %s: %s", v, sql, sqlite3_errmsg(db));
        }
    }
    sqlite3_finalize(tables);
    sqlite3_close(db);
}

/* A database of every earlier schema version, built from the shipped migrations
 * with rows in every table, migrates to the current one and keeps every value. */
static void test_migrates_every_earlier_version(void **state)
{
    (void)state;
    assert_int_equal(store_migration_count(), STORE_SCHEMA_VERSION);
    for (int v = 1; v < STORE_SCHEMA_VERSION; v++) {
        char path[400], err[256] = "", sql[3072];
        snprintf(path, sizeof path, "%s/v%d.db", dir, v);
        build_version(path, v);
        store *s = store_open(path, err, sizeof err);
        if (!s) fail_msg("v%d: %s", v, err);
        assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
        assert_string_equal(store_notice(s), ""); /* migrated, not moved aside */
        /* Every table of version v still has its two rows, every value as written. */
        sqlite3 *db = store_db(s);
        sqlite3_stmt *tables;
        char fixture[400];
        snprintf(fixture, sizeof fixture, "%s/fixture-v%d.db", dir, v);
        build_version(fixture, v);
        snprintf(sql, sizeof sql, "ATTACH '%s' AS old", fixture);
        assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
        sqlite3_prepare_v2(db, "SELECT name FROM old.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", -1,
                           &tables, NULL);
        int checked = 0;
        while (sqlite3_step(tables) == SQLITE_ROW) {
            const char *t = (const char *)sqlite3_column_text(tables, 0);
            /* Two rows each, and from version 6 on the per-day counts their triggers wrote too. */
            snprintf(sql, sizeof sql, "SELECT (SELECT COUNT(*) FROM main.%s) - (SELECT COUNT(*) FROM old.%s)", t, t);
            assert_int_equal(exec_count(db, sql), 0);
            snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM main.%s", t);
            assert_true(exec_count(db, sql) >= 2);
            /* The old table's rows, column for column, are in the migrated one. */
            char cols[1024] = "";
            sqlite3_stmt *info;
            char q[256];
            snprintf(q, sizeof q, "SELECT name FROM pragma_table_info('%s', 'old')", t);
            sqlite3_prepare_v2(db, q, -1, &info, NULL);
            while (sqlite3_step(info) == SQLITE_ROW)
                snprintf(cols + strlen(cols), sizeof cols - strlen(cols), "%s%s", *cols ? "," : "",
                         (const char *)sqlite3_column_text(info, 0));
            sqlite3_finalize(info);
            snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM (SELECT %s FROM old.%s EXCEPT SELECT %s FROM main.%s)", cols,
                     t, cols, t);
            if (exec_count(db, sql) != 0) fail_msg("v%d: rows of %s changed in migration", v, t);
            checked++;
        }
        sqlite3_finalize(tables);
        assert_int_equal(sqlite3_exec(db, "DETACH old", NULL, NULL, NULL), SQLITE_OK);
        assert_true(checked >= 1);
        /* And the migrated database works: a new session, a judgement, the figures. */
        /* From version 4 on, the fixture's rows carry judgements of their own. */
        int judged = exec_count(db, "SELECT COUNT(*) FROM sessions WHERE judged_level IS NOT NULL");
        assert_int_equal(judged, v >= 4 ? 2 : 0);
        store_session r = row(3, NULL);
        assert_int_equal(store_save(s, &r, err, sizeof err), 0);
        store_judgement j = { 2, "2", "history", "health.self_harm" };
        assert_int_equal(store_judge(s, store_last_session(s), &j, err, sizeof err), 0);
        cJSON *st = store_stats(s, err, sizeof err);
        assert_int_equal(cJSON_GetObjectItem(st, "sessions")->valueint, 3);
        assert_int_equal(store_stats_more(s, "", st, err, sizeof err), 0);
        /* A version 6 fixture writes its judgements with its rows, which the kiosk never does (it judges a
         * row it saved, an UPDATE, which the counting trigger sees): those two are not in the counts. */
        assert_int_equal(cJSON_GetObjectItem(st, "judgements")->valueint, (v >= 6 ? 0 : judged) + 1);
        cJSON_Delete(st);
        store_close(s);
    }
}

/* A judgement goes on the session's own row; the figures count it by level, route and rule. */
static void test_judgement_on_the_row_and_counted(void **state)
{
    (void)state;
    char path[400], err[256] = "";
    snprintf(path, sizeof path, "%s/judge.db", dir);
    store *s = store_open(path, err, sizeof err);
    store_session p3 = row(3, NULL), p1 = row(1, NULL), f2 = row(2, NULL);
    p3.mode = p1.mode = "practitioner";
    p3.route_id = "kr.l3";
    long long ids[5];
    for (int i = 0; i < 3; i++) {
        assert_int_equal(store_save(s, &p3, err, sizeof err), 0);
        ids[i] = store_last_session(s);
    }
    assert_int_equal(store_save(s, &p1, err, sizeof err), 0);
    ids[3] = store_last_session(s);
    assert_int_equal(store_save(s, &f2, err, sizeof err), 0);
    ids[4] = store_last_session(s);
    assert_true(ids[0] > 0 && ids[1] == ids[0] + 1);
    store_judgement lower = { 2, "2b", "strengths", "health.self_harm" }, higher = { 2, "2a", "history", "" };
    assert_int_equal(store_judge(s, ids[0], &lower, err, sizeof err), 0);
    assert_int_equal(store_judge(s, ids[1], &lower, err, sizeof err), 0);
    assert_int_equal(store_judge(s, ids[3], &higher, err, sizeof err), 0);
    assert_int_not_equal(store_judge(s, 99999, &higher, err, sizeof err), 0); /* no such session */
    assert_non_null(strstr(err, "not in the database"));
    store_judgement bad = { 7, "7", "other", "" };
    assert_int_not_equal(store_judge(s, ids[2], &bad, err, sizeof err), 0); /* the schema refuses level 7 */
    cJSON *st = store_stats(s, err, sizeof err);
    assert_int_equal(store_stats_more(s, "", st, err, sizeof err), 0);
    assert_int_equal(cJSON_GetObjectItem(st, "judgements")->valueint, 3);
    cJSON *agree = cJSON_GetObjectItem(st, "agreement_by_level");
    cJSON *l3 = cJSON_GetObjectItem(agree, "3"), *l1 = cJSON_GetObjectItem(agree, "1");
    assert_int_equal(cJSON_GetObjectItem(l3, "sessions")->valueint, 3);
    assert_int_equal(cJSON_GetObjectItem(l3, "differs")->valueint, 2);
    assert_int_equal(cJSON_GetObjectItem(l3, "lower")->valueint, 2);
    assert_int_equal(cJSON_GetObjectItem(l1, "higher")->valueint, 1);
    assert_null(cJSON_GetObjectItem(agree, "2")); /* the family session is not a practitioner's */
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "overrides"), "3 to 2")->valueint, 2);
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "overridden_routes"), "kr.l3")->valueint, 2);
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "overridden_rules"), "health.self_harm")->valueint, 2);
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "overridden_rules"), "none")->valueint, 1);
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "judgement_reasons"), "strengths")->valueint, 2);
    /* Weeks start on Monday: 2023-11-14 (the rows' day) is a Tuesday. */
    cJSON *week = cJSON_GetObjectItem(cJSON_GetObjectItem(st, "by_week_level"), "2023-11-13");
    assert_non_null(week);
    assert_int_equal(cJSON_GetObjectItem(week, "3")->valueint, 3);
    assert_int_equal(cJSON_GetObjectItem(week, "2")->valueint, 1);
    cJSON_Delete(st);
    store_close(s);
}

/* A full disk: SQLite's answer is SQLITE_FULL ("database or disk is full").
 * max_page_count gives exactly that answer. The save fails cleanly, rows
 * reported saved stay, and saving works again once there is room. */
static void test_full_database_refuses_cleanly(void **state)
{
    (void)state;
    char path[400], err[256] = "", sql[96];
    snprintf(path, sizeof path, "%s/full.db", dir);
    store *s = store_open(path, err, sizeof err);
    int pages = exec_count(store_db(s), "PRAGMA page_count");
    snprintf(sql, sizeof sql, "PRAGMA max_page_count = %d", pages);
    assert_int_equal(sqlite3_exec(store_db(s), sql, NULL, NULL, NULL), SQLITE_OK);
    store_session r = row(2, NULL);
    int saved = 0, rc = 0;
    while (saved < 10000 && (rc = store_save(s, &r, err, sizeof err)) == 0) saved++;
    assert_int_not_equal(rc, 0);
    assert_int_equal(sqlite3_errcode(store_db(s)), SQLITE_FULL);
    assert_non_null(strstr(err, "full"));
    assert_int_equal(exec_count(store_db(s), "SELECT COUNT(*) FROM sessions"), saved);
    assert_int_equal(exec_count(store_db(s), "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
    snprintf(sql, sizeof sql, "PRAGMA max_page_count = %d", pages * 100);
    sqlite3_exec(store_db(s), sql, NULL, NULL, NULL);
    assert_int_equal(store_save(s, &r, err, sizeof err), 0);
    store_close(s);
}

/* Issue 20: the figures come from per-day counts kept by triggers; over random sessions, some deleted by
 * retention and some judged, they equal counting the rows themselves, for every range. */
static void test_day_counts_match_the_rows(void **state)
{
    (void)state;
    char path[400], err[256];
    snprintf(path, sizeof path, "%s/days.db", dir);
    store *s = store_open(path, err, sizeof err);
    if (!s) fail_msg("%s", err);
    static const char *areas[] = { "sutton", "wandsworth", "city-of-london" }, *modes[] = { "family", "practitioner" };
    static const char *routes[] = { "su.l1", "su.l2", "wa.l34" }, *escs[] = { NULL, "tell_staff", "same_day", "emergency" };
    time_t now = time(NULL);
    srand(7);
    sqlite3 *db = store_db(s);
    sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
    for (int i = 0; i < 3000; i++) {
        store_session r = { .when = now - (time_t)(rand() % (3 * 365)) * 86400 - rand() % 86400,
                            .area = areas[rand() % 3], .mode = modes[rand() % 2], .lang = "en",
                            .continuum_level = 1 + rand() % 4, .local_level = "x", .route_id = routes[rand() % 3],
                            .escalation = escs[rand() % 4], .rules_version = "abc" };
        assert_int_equal(store_save(s, &r, err, sizeof err), 0);
        if (rand() % 10 == 0) {
            store_judgement j = { 1 + rand() % 4, "2", "history", "health.self_harm" };
            assert_int_equal(store_judge(s, store_last_session(s), &j, err, sizeof err), 0);
        }
    }
    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    /* A judgement changed, and one taken back, are counted again. */
    store_judgement again = { 4, "4", "strengths", "" };
    assert_int_equal(store_judge(s, 7, &again, err, sizeof err), 0);
    sqlite3_exec(db, "UPDATE sessions SET judged_level = NULL, judged_reason = NULL, judged_local_level = NULL,"
                     " judged_driver = NULL WHERE id = (SELECT MIN(id) FROM sessions WHERE judged_level IS NOT NULL"
                     " AND id > 7)", NULL, NULL, NULL);
    assert_true(store_retain(s, 24, err, sizeof err) > 0); /* deletes are uncounted too */
    static const char *since[] = { "", "2000-01-01", NULL, NULL };
    char recent[16], mid[16];
    time_t t1 = now - 28 * 86400, t2 = now - 400 * 86400;
    strftime(recent, sizeof recent, "%Y-%m-%d", gmtime(&t1));
    strftime(mid, sizeof mid, "%Y-%m-%d", gmtime(&t2));
    since[2] = recent, since[3] = mid;
    static const struct { const char *key, *column; } by[] = {
        { "by_area", "area" }, { "by_mode", "mode" }, { "by_level", "continuum_level" },
        { "by_route", "route_id" }, { "by_escalation", "COALESCE(escalation, 'none')" },
    };
    for (int k = 0; k < 4; k++) {
        cJSON *st = store_stats_since(s, since[k], err, sizeof err);
        assert_non_null(st);
        assert_int_equal(store_stats_more(s, since[k], st, err, sizeof err), 0);
        char sql[400];
        snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM sessions WHERE hour >= '%s'", since[k]);
        assert_int_equal(cJSON_GetObjectItem(st, "sessions")->valueint, exec_count(db, sql));
        for (size_t b = 0; b < sizeof by / sizeof *by; b++) {
            const cJSON *e;
            int sum = 0;
            cJSON_ArrayForEach(e, cJSON_GetObjectItem(st, by[b].key)) {
                snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM sessions WHERE hour >= '%s' AND %s = '%s'", since[k],
                         by[b].column, e->string);
                if (e->valueint != exec_count(db, sql)) fail_msg("%s %s since '%s'", by[b].key, e->string, since[k]);
                sum += e->valueint;
            }
            assert_int_equal(sum, cJSON_GetObjectItem(st, "sessions")->valueint);
        }
        static const struct { const char *key, *expr; } judged[] = {
            { "overrides", "continuum_level || ' to ' || judged_level" }, { "overridden_routes", "route_id" },
            { "overridden_rules", "CASE COALESCE(judged_driver, '') WHEN '' THEN 'none' ELSE judged_driver END" },
            { "judgement_reasons", "judged_reason" },
        };
        for (size_t b = 0; b < sizeof judged / sizeof *judged; b++) {
            const cJSON *e;
            int sum = 0;
            cJSON_ArrayForEach(e, cJSON_GetObjectItem(st, judged[b].key)) {
                snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM sessions WHERE hour >= '%s' AND judged_level IS NOT NULL"
                                          " AND %s = '%s'", since[k], judged[b].expr, e->string);
                if (e->valueint != exec_count(db, sql)) fail_msg("%s %s since '%s'", judged[b].key, e->string, since[k]);
                sum += e->valueint;
            }
            snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM sessions WHERE hour >= '%s' AND judged_level IS NOT NULL",
                     since[k]);
            assert_int_equal(sum, exec_count(db, sql));
        }
        /* Practitioners' sessions by level, and how many were judged, as the rows say. */
        const cJSON *l;
        cJSON_ArrayForEach(l, cJSON_GetObjectItem(st, "agreement_by_level")) {
            snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM sessions WHERE hour >= '%s' AND mode = 'practitioner'"
                                      " AND continuum_level = %s", since[k], l->string);
            assert_int_equal(cJSON_GetObjectItem(l, "sessions")->valueint, exec_count(db, sql));
            size_t at = strlen(sql);
            snprintf(sql + at, sizeof sql - at, " AND judged_level IS NOT NULL");
            assert_int_equal(cJSON_GetObjectItem(l, "differs")->valueint, exec_count(db, sql));
            snprintf(sql + at, sizeof sql - at, " AND judged_level > continuum_level");
            assert_int_equal(cJSON_GetObjectItem(l, "higher")->valueint, exec_count(db, sql));
            snprintf(sql + at, sizeof sql - at, " AND judged_level < continuum_level");
            assert_int_equal(cJSON_GetObjectItem(l, "lower")->valueint, exec_count(db, sql));
        }
        cJSON_Delete(st);
    }
    store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_creates_schema_in_wal),
        cmocka_unit_test(test_rows_are_anonymous_and_rounded),
        cmocka_unit_test(test_refuses_newer_schema),
        cmocka_unit_test(test_bad_level_refused_by_schema),
        cmocka_unit_test(test_corrupt_file_moved_aside),
        cmocka_unit_test(test_integrity_check_after_the_start),
        cmocka_unit_test(test_migrates_every_earlier_version),
        cmocka_unit_test(test_judgement_on_the_row_and_counted),
        cmocka_unit_test(test_full_database_refuses_cleanly),
        cmocka_unit_test(test_retention_deletes_old_rows_only),
        cmocka_unit_test(test_day_counts_match_the_rows),
    };
    return cmocka_run_group_tests_name("store", tests, setup, teardown);
}
