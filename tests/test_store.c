/* test_store.c: the SQLite store on real files: schema, WAL, rows, stats. */
#include "testutil.h"

#include <sqlite3.h>
#include <time.h>

#include "store.h"

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

/* A database of every earlier schema version migrates and keeps its rows. */
static void test_migrates_version_1(void **state)
{
    (void)state;
    char path[400], err[256] = "";
    snprintf(path, sizeof path, "%s/v1.db", dir);
    sqlite3 *db;
    sqlite3_open(path, &db);
    assert_int_equal(sqlite3_exec(db,
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, hour TEXT NOT NULL, area TEXT NOT NULL, mode TEXT NOT NULL,"
        " lang TEXT NOT NULL, continuum_level INTEGER NOT NULL CHECK (continuum_level BETWEEN 1 AND 4),"
        " local_level TEXT NOT NULL, route_id TEXT NOT NULL, escalation TEXT, rules_version TEXT NOT NULL);"
        "CREATE INDEX sessions_hour ON sessions(hour);"
        "INSERT INTO sessions VALUES (1, '2026-01-01T10:00Z', 'sutton', 'family', 'en', 2, 'x', 'r', NULL, 'v');"
        "PRAGMA user_version=1;", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    store *s = store_open(path, err, sizeof err);
    assert_non_null(s);
    assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
    cJSON *st = store_stats(s, err, sizeof err);
    assert_int_equal(cJSON_GetObjectItem(st, "sessions")->valueint, 1);
    cJSON_Delete(st);
    assert_int_equal(store_set_setting(s, "area", "sutton", "area set to sutton", err, sizeof err), 0);
    char v[32];
    assert_int_equal(store_get_setting(s, "area", v, sizeof v), 0);
    assert_string_equal(v, "sutton");
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
        cmocka_unit_test(test_migrates_version_1),
        cmocka_unit_test(test_retention_deletes_old_rows_only),
    };
    return cmocka_run_group_tests_name("store", tests, setup, teardown);
}
