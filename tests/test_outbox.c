/* test_outbox.c: the kiosk's side of fleet sync, on real SQLite files: every
 * row gets a UUIDv7, an older database gains them when it migrates, the queue
 * is oldest first, and retention never deletes a row the server has not
 * acknowledged once the kiosk is in a fleet. */
#include "testutil.h"

#include <sqlite3.h>
#include <time.h>

#include "outbox.h"
#include "store.h"
#include "uuid.h"

static char dir[256];

static int setup(void **s) { (void)s; tu_tmpdir(dir, sizeof dir, "outbox"); return 0; }
static int teardown(void **s) { (void)s; tu_rmrf(dir); return 0; }

static store_session row(time_t when)
{
    store_session r = { .when = when, .area = "sutton", .mode = "family", .lang = "en", .continuum_level = 2,
                        .local_level = "2", .route_id = "su.l2", .escalation = NULL, .rules_version = "abc" };
    return r;
}

static int is_uuid_v7(const char *u)
{
    if (strlen(u) != 36) return 0;
    for (int i = 0; i < 36; i++) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (u[i] != '-') return 0;
        } else if (!strchr("0123456789abcdef", u[i])) return 0;
    }
    return u[14] == '7' && strchr("89ab", u[19]) != NULL;
}

static void test_uuid_v7_layout(void **state)
{
    (void)state;
    char a[UUID_TEXT_LEN], b[UUID_TEXT_LEN];
    assert_int_equal(uuid_v7(1700000000000ULL, a), 0);
    assert_int_equal(uuid_v7(1700000000000ULL, b), 0);
    assert_true(is_uuid_v7(a));
    assert_string_not_equal(a, b);             /* random, even at the same time */
    assert_memory_equal(a, "018bcfe5-6800", 13); /* 1700000000000 ms = 0x018bcfe56800 */
    char later[UUID_TEXT_LEN];
    uuid_v7(1700000000000ULL + 3600000, later);
    assert_true(strcmp(later, a) > 0);         /* sorts by time */
}

static void test_rows_get_uuids_timed_at_their_hour(void **state)
{
    (void)state;
    char path[400], err[256];
    snprintf(path, sizeof path, "%s/u.db", dir);
    store *s = store_open(path, err, sizeof err);
    store_session r = row(1700003599); /* 2023-11-14T23:13:19Z: the id says no more than the hour */
    for (int i = 0; i < 50; i++) assert_int_equal(store_save(s, &r, err, sizeof err), 0);
    cJSON *rows = outbox_next(s, 1000, err, sizeof err);
    assert_int_equal(cJSON_GetArraySize(rows), 50);
    const cJSON *x;
    cJSON_ArrayForEach(x, rows) {
        const char *u = cJSON_GetObjectItem(x, "uuid")->valuestring;
        assert_true(is_uuid_v7(u));
        assert_memory_equal(u, "018bd010-2180", 13); /* 1700002800 s, the hour, in ms */
    }
    cJSON_Delete(rows);
    sqlite3 *db = store_db(s);
    sqlite3_stmt *q;
    sqlite3_prepare_v2(db, "SELECT count(DISTINCT session_uuid) FROM sessions", -1, &q, NULL);
    sqlite3_step(q);
    assert_int_equal(sqlite3_column_int(q, 0), 50);
    sqlite3_finalize(q);
    store_close(s);
}

static void test_version_2_database_gains_uuids(void **state)
{
    (void)state;
    char path[400], err[256];
    snprintf(path, sizeof path, "%s/v2.db", dir);
    sqlite3 *db;
    sqlite3_open(path, &db);
    assert_int_equal(sqlite3_exec(db,
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, hour TEXT NOT NULL, area TEXT NOT NULL, mode TEXT NOT NULL,"
        " lang TEXT NOT NULL, continuum_level INTEGER NOT NULL CHECK (continuum_level BETWEEN 1 AND 4),"
        " local_level TEXT NOT NULL, route_id TEXT NOT NULL, escalation TEXT, rules_version TEXT NOT NULL);"
        "CREATE INDEX sessions_hour ON sessions(hour);"
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, what TEXT NOT NULL);"
        "INSERT INTO sessions VALUES (1, '2023-11-14T23:00Z', 'sutton', 'family', 'en', 2, 'x', 'r', NULL, 'v');"
        "INSERT INTO sessions VALUES (2, '2023-11-14T23:00Z', 'sutton', 'family', 'en', 3, 'x', 'r', NULL, 'v');"
        "PRAGMA user_version=2;", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    store *s = store_open(path, err, sizeof err);
    assert_non_null(s);
    assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
    cJSON *rows = outbox_next(s, 10, err, sizeof err);
    assert_int_equal(cJSON_GetArraySize(rows), 2);
    const char *u1 = cJSON_GetObjectItem(cJSON_GetArrayItem(rows, 0), "uuid")->valuestring;
    const char *u2 = cJSON_GetObjectItem(cJSON_GetArrayItem(rows, 1), "uuid")->valuestring;
    assert_true(is_uuid_v7(u1));
    assert_true(is_uuid_v7(u2));
    assert_string_not_equal(u1, u2);
    assert_memory_equal(u1, "018bd010-2180", 13);
    cJSON_Delete(rows);
    store_close(s);
}

static void test_queue_oldest_first_and_marks(void **state)
{
    (void)state;
    char path[400], err[256];
    snprintf(path, sizeof path, "%s/q.db", dir);
    store *s = store_open(path, err, sizeof err);
    time_t now = time(NULL);
    for (int i = 0; i < 10; i++) {
        store_session r = row(now - (10 - i) * 3600);
        store_save(s, &r, err, sizeof err);
    }
    cJSON *rows = outbox_next(s, 4, err, sizeof err);
    assert_int_equal(cJSON_GetArraySize(rows), 4);
    cJSON *sent[4];
    for (int i = 0; i < 4; i++) {
        sent[i] = cJSON_GetArrayItem(rows, i);
        assert_int_equal((long long)cJSON_GetObjectItem(sent[i], "seq")->valuedouble, i + 1);
        assert_int_equal(cJSON_GetObjectItem(sent[i], "v")->valueint, OUTBOX_ROW_FORMAT);
        assert_null(cJSON_GetObjectItem(sent[i], "judged_level"));
    }
    assert_int_equal(outbox_mark_sent(s, sent, 4, err, sizeof err), 0);
    cJSON_Delete(rows);
    assert_int_equal(outbox_set_aside(s, 5, "server: bad value", err, sizeof err), 0);
    outbox_status q;
    assert_int_equal(outbox_state(s, &q, err, sizeof err), 0);
    assert_int_equal(q.pending, 5);
    assert_int_equal(q.set_aside, 1);
    rows = outbox_next(s, 100, err, sizeof err);
    assert_int_equal((int)cJSON_GetObjectItem(cJSON_GetArrayItem(rows, 0), "seq")->valuedouble, 6);
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetArrayItem(rows, 0), "hour")->valuestring, q.oldest_unsent);
    cJSON_Delete(rows);
    assert_int_equal(outbox_retry_refused(s, err, sizeof err), 1);
    assert_int_equal(outbox_state(s, &q, err, sizeof err), 0);
    assert_int_equal(q.pending, 6);
    store_close(s);
}

static void test_retention_keeps_unsent_rows_in_a_fleet(void **state)
{
    (void)state;
    char path[400], err[256];
    snprintf(path, sizeof path, "%s/r.db", dir);
    store *s = store_open(path, err, sizeof err);
    store_session old = row(time(NULL) - 30L * 31 * 24 * 3600);
    for (int i = 0; i < 3; i++) store_save(s, &old, err, sizeof err);
    assert_int_equal(outbox_join_fleet(s, err, sizeof err), 0);
    assert_int_equal(outbox_join_fleet(s, err, sizeof err), 0); /* once is enough; twice is harmless */
    cJSON *rows = outbox_next(s, 1, err, sizeof err);
    cJSON *first = cJSON_GetArrayItem(rows, 0);
    assert_int_equal(outbox_mark_sent(s, &first, 1, err, sizeof err), 0);
    cJSON_Delete(rows);
    assert_int_equal(outbox_set_aside(s, 2, "refused", err, sizeof err), 0);
    /* Only the acknowledged one goes; the waiting and the refused stay. */
    assert_int_equal(store_retain(s, 24, err, sizeof err), 1);
    outbox_status q;
    outbox_state(s, &q, err, sizeof err);
    assert_int_equal(q.pending, 1);
    assert_int_equal(q.set_aside, 1);
    store_close(s);
}

/* A judgement made after the row was sent sends the row again, with it; one
 * made while a batch is on its way is not lost when that batch is acknowledged. */
static void test_judgement_after_sending_goes_again(void **state)
{
    (void)state;
    char path[400], err[256];
    snprintf(path, sizeof path, "%s/j.db", dir);
    store *s = store_open(path, err, sizeof err);
    store_session r = row(time(NULL) - 3600);
    r.mode = "practitioner";
    for (int i = 0; i < 2; i++) assert_int_equal(store_save(s, &r, err, sizeof err), 0);
    cJSON *rows = outbox_next(s, 10, err, sizeof err);
    cJSON *sent[2] = { cJSON_GetArrayItem(rows, 0), cJSON_GetArrayItem(rows, 1) };
    assert_int_equal(outbox_mark_sent(s, sent, 2, err, sizeof err), 0);
    cJSON_Delete(rows);
    outbox_status q;
    outbox_state(s, &q, err, sizeof err);
    assert_int_equal(q.pending, 0);

    store_judgement j = { .level = 3, .local_level = "3", .reason = "history", .driver = "neglect" };
    assert_int_equal(store_judge(s, 1, &j, err, sizeof err), 0);
    rows = outbox_next(s, 10, err, sizeof err);
    assert_int_equal(cJSON_GetArraySize(rows), 1);
    cJSON *again = cJSON_GetArrayItem(rows, 0);
    assert_int_equal(cJSON_GetObjectItem(again, "v")->valueint, OUTBOX_ROW_FORMAT_JUDGED);
    assert_int_equal(cJSON_GetObjectItem(again, "seq")->valueint, 1);
    assert_int_equal(cJSON_GetObjectItem(again, "judged_level")->valueint, 3);
    assert_string_equal(cJSON_GetObjectItem(again, "judged_reason")->valuestring, "history");
    assert_string_equal(cJSON_GetObjectItem(again, "judged_driver")->valuestring, "neglect");

    /* The practitioner changes their mind while that row is on its way. */
    store_judgement j2 = { .level = 4, .local_level = "4", .reason = "child_voice", .driver = "neglect" };
    assert_int_equal(store_judge(s, 1, &j2, err, sizeof err), 0);
    assert_int_equal(outbox_mark_sent(s, &again, 1, err, sizeof err), 0);
    cJSON_Delete(rows);
    outbox_state(s, &q, err, sizeof err);
    assert_int_equal(q.pending, 1);
    rows = outbox_next(s, 10, err, sizeof err);
    again = cJSON_GetArrayItem(rows, 0);
    assert_int_equal(cJSON_GetObjectItem(again, "judged_level")->valueint, 4);
    assert_int_equal(outbox_mark_sent(s, &again, 1, err, sizeof err), 0);
    cJSON_Delete(rows);
    outbox_state(s, &q, err, sizeof err);
    assert_int_equal(q.pending, 0);
    store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_uuid_v7_layout),
        cmocka_unit_test(test_rows_get_uuids_timed_at_their_hour),
        cmocka_unit_test(test_version_2_database_gains_uuids),
        cmocka_unit_test(test_queue_oldest_first_and_marks),
        cmocka_unit_test(test_retention_keeps_unsent_rows_in_a_fleet),
        cmocka_unit_test(test_judgement_after_sending_goes_again),
    };
    return cmocka_run_group_tests_name("outbox", tests, setup, teardown);
}
