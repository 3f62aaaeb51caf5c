/* test_fleet.c: kiosks syncing into a real PostgreSQL 15 (started here, on a
 * unix socket, stopped at the end): the queue, duplicates, a server that stops
 * mid-run, a kiosk killed between the server's commit and its own mark, a
 * refused row, what a kiosk's login may not do, the heartbeat, fleet stats. */
#include "testutil.h"
#include "pgtest.h"

#include <libgen.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <time.h>

#include "fleet.h"
#include "store.h"
#include "util.h"

static pgtest pg;
static char dir[256], bin[600];
static char owner[600]; /* the schema's owner: CREATEROLE, not a superuser, as kiosk/README.md sets it up */

/* Runs 'righthelp ARGS' (a shell fragment) with env set; stdout parsed as JSON into *out. Returns the exit status. */
static int cli(cJSON **out, const char *env, const char *fmt, ...)
{
    char args[2048], cmd[4096], outpath[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(args, sizeof args, fmt, ap);
    va_end(ap);
    snprintf(outpath, sizeof outpath, "%s/out.json", dir);
    snprintf(cmd, sizeof cmd, "%s %s %s >'%s' 2>'%s/err.txt'", env ? env : "", bin, args, outpath, dir);
    int rc = tu_sh("%s", cmd);
    if (out) {
        char *text = util_read_file(outpath, NULL, args, sizeof args);
        *out = text ? cJSON_Parse(text) : NULL;
        free(text);
    }
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : 128;
}

static int num(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItem(o, key);
    if (!cJSON_IsNumber(v)) fail_msg("no number '%s'", key);
    return v->valueint;
}

static void add_kiosk(const char *id)
{
    assert_int_equal(cli(NULL, NULL, "fleet add-kiosk --pg '%s' --kiosk %s", owner, id), 0);
}

static void kiosk_conn(const char *id, char *out, size_t n)
{
    char role[64];
    snprintf(role, sizeof role, "kiosk_%s", id);
    pgtest_conninfo_as(&pg, role, out, n);
}

/* A kiosk database with n finished sessions over the last n hours. Every
 * bad_every-th row (if > 0) has a mode the server refuses. */
static void make_db(const char *path, int n, const char *area, int bad_every)
{
    char err[256];
    store *s = store_open(path, err, sizeof err);
    assert_non_null(s);
    sqlite3_exec(store_db(s), "BEGIN", NULL, NULL, NULL);
    for (int i = 0; i < n; i++) {
        store_session r = { .when = time(NULL) - (time_t)(n - i) * 3600, .area = area,
                            .mode = bad_every && i % bad_every == bad_every - 1 ? "not-a-mode" : (i % 3 ? "family" : "practitioner"),
                            .lang = "en", .continuum_level = 1 + i % 4, .local_level = "2a", .route_id = "su.l2",
                            .escalation = i % 5 ? NULL : "front_door", .rules_version = "0123abcd" };
        assert_int_equal(store_save(s, &r, err, sizeof err), 0);
    }
    sqlite3_exec(store_db(s), "COMMIT", NULL, NULL, NULL);
    store_close(s);
}

static long local_long(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    long v = -1;
    sqlite3_open(path, &db);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

static long server_count(const char *kiosk)
{
    char sql[200];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM fleet.sessions WHERE kiosk_id = '%s'", kiosk);
    return pgtest_long(pg.conninfo, sql);
}

static void db_path(const char *name, char *out, size_t n) { snprintf(out, n, "%s/%s.db", dir, name); }

static int setup(void **state)
{
    (void)state;
    tu_tmpdir(dir, sizeof dir, "fleet");
    if (pgtest_start(&pg, 55400 + getpid() % 500, NULL) != 0) fail_msg("cannot start PostgreSQL 15");
    char st[6];
    pgtest_exec(pg.conninfo, "CREATE ROLE righthelp_owner LOGIN CREATEROLE; ALTER DATABASE righthelp OWNER TO righthelp_owner", st);
    if (strcmp(st, "00000")) fail_msg("cannot make the owner role (%s)", st);
    pgtest_conninfo_as(&pg, "righthelp_owner", owner, sizeof owner);
    if (cli(NULL, NULL, "fleet init --pg '%s'", owner) != 0) fail_msg("fleet init failed");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    pgtest_stop(&pg);
    tu_rmrf(dir);
    return 0;
}

/* The server schema this program brings (fleet_schema.c): 4, with the silent calls for staff of issue 22. */
#define FLEET_SCHEMA 4
#define FLEET_SCHEMA_S "4"

static void test_init_is_idempotent_and_versioned(void **state)
{
    (void)state;
    cJSON *o;
    assert_int_equal(cli(&o, NULL, "fleet init --pg '%s'", owner), 0);
    assert_int_equal(num(o, "schema_from"), FLEET_SCHEMA);
    assert_int_equal(num(o, "schema_version"), FLEET_SCHEMA);
    cJSON_Delete(o);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.schema_version"), 1);
    /* A server newer than the program is refused, not downgraded. */
    char st[6];
    pgtest_exec(pg.conninfo, "UPDATE fleet.schema_version SET version = 99", st);
    assert_int_not_equal(cli(NULL, NULL, "fleet init --pg '%s'", owner), 0);
    assert_int_equal(tu_sh("grep -q 'newer' '%s/err.txt'", dir), 0);
    pgtest_exec(pg.conninfo, "UPDATE fleet.schema_version SET version = " FLEET_SCHEMA_S, st);
}

/* Practitioner judgement on the session with local id 'id' of database 'db'. */
static void judge(const char *db, long long id, int level, const char *reason)
{
    char err[256], local[4];
    snprintf(local, sizeof local, "%d", level);
    store *s = store_open(db, err, sizeof err);
    assert_non_null(s);
    store_judgement j = { .level = level, .local_level = local, .reason = reason, .driver = "" };
    assert_int_equal(store_judge(s, id, &j, err, sizeof err), 0);
    store_close(s);
}

/* Runs one sync of db into conn, which must succeed, and returns its figure 'key'. */
static int synced(const char *db, const char *conn, const char *key)
{
    cJSON *o;
    assert_int_equal(cli(&o, NULL, "sync --db '%s' --pg '%s'", db, conn), 0);
    int n = num(o, key);
    cJSON_Delete(o);
    return n;
}

/* A server at schema 1 with a kiosk's row on it is migrated with the row kept,
 * and then takes that row's judgement. */
static void test_schema_1_server_migrates_and_takes_judgements(void **state)
{
    (void)state;
    char st[6], old[600], db[400], conn[600];
    pgtest_exec(pg.conninfo, "CREATE DATABASE upgrade OWNER righthelp_owner", st);
    assert_string_equal(st, "00000");
    snprintf(old, sizeof old, "%s", owner);
    char *at = strstr(old, "dbname=righthelp");
    assert_non_null(at);
    memcpy(at, "dbname=upgrade  ", 16); /* the same length */
    /* Schema 1 as it shipped: the bootstrap and the first migration only. */
    char sql[8192];
    snprintf(sql, sizeof sql, "BEGIN; %s %s INSERT INTO fleet.schema_version VALUES (1); COMMIT;", fleet_bootstrap,
             fleet_migrations[0]);
    pgtest_exec(old, sql, st);
    assert_string_equal(st, "00000");
    add_kiosk("u1"); /* a role for the cluster, registered in the first database */
    pgtest_exec(old, "INSERT INTO fleet.kiosks VALUES ('u1', 'kiosk_u1')", st);
    assert_string_equal(st, "00000");
    db_path("u1", db, sizeof db);
    make_db(db, 6, "sutton", 0);
    kiosk_conn("u1", conn, sizeof conn);
    at = strstr(conn, "dbname=righthelp");
    memcpy(at, "dbname=upgrade  ", 16);
    cJSON *o;
    assert_int_equal(synced(db, conn, "sent"), 6);
    /* A judgement before the server is upgraded: schema 1 refuses format 2, so
     * the row is set aside until the server is upgraded, never lost. */
    judge(db, 1, 3, "history");
    assert_int_equal(synced(db, conn, "set_aside"), 1);
    assert_int_equal(cli(&o, NULL, "fleet init --pg '%s'", old), 0);
    assert_int_equal(num(o, "schema_from"), 1);
    assert_int_equal(num(o, "schema_version"), FLEET_SCHEMA);
    cJSON_Delete(o);
    assert_int_equal(pgtest_long(old, "SELECT count(*) FROM fleet.sessions WHERE judged_level IS NULL"), 6);
    assert_int_equal(cli(&o, NULL, "sync --db '%s' --pg '%s' --retry-refused", db, conn), 0);
    assert_int_equal(num(o, "sent"), 1);
    assert_int_equal(num(o, "pending"), 0);
    cJSON_Delete(o);
    assert_int_equal(pgtest_long(old, "SELECT count(*) FROM fleet.sessions WHERE seq = 1 AND judged_level = 3"
                                      " AND judged_reason = 'history' AND judged_received_at IS NOT NULL"), 1);
    assert_int_equal(pgtest_long(old, "SELECT count(*) FROM fleet.sessions"), 6);
}

/* "My judgement differs" made after the session's row reached the server
 * reaches it too; another kiosk cannot change it. */
static void test_judgement_after_sync_reaches_server(void **state)
{
    (void)state;
    char db[400], conn[600], other[600];
    db_path("m1", db, sizeof db);
    make_db(db, 30, "wandsworth", 0);
    add_kiosk("m1");
    add_kiosk("m2");
    kiosk_conn("m1", conn, sizeof conn);
    kiosk_conn("m2", other, sizeof other);
    cJSON *o;
    assert_int_equal(synced(db, conn, "sent"), 30);
    judge(db, 4, 3, "history");
    judge(db, 7, 1, "strengths");
    assert_int_equal(local_long(db, "SELECT count(*) FROM sessions WHERE sent_at IS NULL"), 2);
    assert_int_equal(cli(&o, NULL, "sync --db '%s' --pg '%s'", db, conn), 0);
    assert_int_equal(num(o, "sent"), 2);
    assert_int_equal(num(o, "pending"), 0);
    cJSON_Delete(o);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.sessions WHERE kiosk_id = 'm1'"), 30);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT judged_level FROM fleet.sessions WHERE kiosk_id = 'm1'"
                                              " AND seq = 4 AND judged_reason = 'history'"), 3);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT judged_level FROM fleet.sessions WHERE kiosk_id = 'm1'"
                                              " AND seq = 7 AND judged_reason = 'strengths'"), 1);
    /* The same judgement again (a restored backup) changes nothing and counts as a duplicate. */
    sqlite3 *ldb;
    sqlite3_open(db, &ldb);
    sqlite3_exec(ldb, "UPDATE sessions SET sent_at = NULL WHERE id = 4", NULL, NULL, NULL);
    sqlite3_close(ldb);
    assert_int_equal(cli(&o, NULL, "sync --db '%s' --pg '%s'", db, conn), 0);
    assert_int_equal(num(o, "sent"), 0);
    assert_int_equal(num(o, "duplicates"), 1);
    cJSON_Delete(o);
    /* A changed mind replaces the judgement. */
    judge(db, 4, 4, "child_voice");
    assert_int_equal(synced(db, conn, "sent"), 1);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT judged_level FROM fleet.sessions WHERE kiosk_id = 'm1'"
                                              " AND seq = 4 AND judged_reason = 'child_voice'"), 4);
    /* Another kiosk sending m1's session uuid with a judgement changes nothing. */
    char sql[1200];
    sqlite3_stmt *q;
    sqlite3_open(db, &ldb);
    sqlite3_prepare_v2(ldb, "SELECT session_uuid, hour FROM sessions WHERE id = 10", -1, &q, NULL);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    snprintf(sql, sizeof sql, "SELECT fleet.ingest('[{\"v\":2,\"uuid\":\"%s\",\"seq\":10,\"hour\":\"%s\","
             "\"area\":\"sutton\",\"mode\":\"practitioner\",\"lang\":\"en\",\"level\":1,\"local_level\":\"1\","
             "\"route\":\"x\",\"escalation\":null,\"rules_version\":\"x\",\"judged_level\":4,"
             "\"judged_local_level\":\"4\",\"judged_reason\":\"other\",\"judged_driver\":\"\"}]')",
             sqlite3_column_text(q, 0), sqlite3_column_text(q, 1));
    sqlite3_finalize(q);
    sqlite3_close(ldb);
    assert_int_equal(pgtest_long(other, sql), 0);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.sessions WHERE seq = 10 AND"
                                              " kiosk_id = 'm1' AND judged_level IS NULL"), 1);
    /* A reason that is not one of the fixed ids is refused by the server. */
    sqlite3_open(db, &ldb);
    sqlite3_exec(ldb, "UPDATE sessions SET judged_level = 2, judged_reason = 'Mrs Smith said so', sent_at = NULL"
                      " WHERE id = 13", NULL, NULL, NULL);
    sqlite3_close(ldb);
    assert_int_equal(synced(db, conn, "set_aside"), 1);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.sessions WHERE judged_reason LIKE '%Smith%'"), 0);
}

static void test_sync_sends_all_oldest_first_then_nothing(void **state)
{
    (void)state;
    char db[400], conn[600];
    db_path("a1", db, sizeof db);
    make_db(db, 1200, "sutton", 0);
    add_kiosk("a1");
    kiosk_conn("a1", conn, sizeof conn);
    cJSON *o;
    assert_int_equal(cli(&o, NULL, "sync --db '%s' --pg '%s' --batch 500", db, conn), 0);
    assert_int_equal(num(o, "sent"), 1200);
    assert_int_equal(num(o, "duplicates"), 0);
    assert_int_equal(num(o, "pending"), 0);
    cJSON_Delete(o);
    assert_int_equal(server_count("a1"), 1200);
    assert_int_equal(local_long(db, "SELECT count(*) FROM sessions WHERE sent_at IS NULL"), 0);
    /* The uuids, the kiosk's hours and local numbers arrive as they were. */
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(DISTINCT seq) FROM fleet.sessions WHERE kiosk_id = 'a1'"
                                              " AND received_at IS NOT NULL AND kiosk_hour < now()"), 1200);
    char sql[300];
    sqlite3 *ldb;
    sqlite3_stmt *q;
    sqlite3_open(db, &ldb);
    sqlite3_prepare_v2(ldb, "SELECT session_uuid, hour FROM sessions WHERE id = 7", -1, &q, NULL);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    snprintf(sql, sizeof sql, "SELECT count(*) FROM fleet.sessions WHERE session_uuid = '%s' AND seq = 7"
             " AND kiosk_hour = '%s'", sqlite3_column_text(q, 0), sqlite3_column_text(q, 1));
    sqlite3_finalize(q);
    sqlite3_close(ldb);
    assert_int_equal(pgtest_long(pg.conninfo, sql), 1);
    /* Oldest first: the earliest hours reached the server in the first batch. */
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT max(seq) FROM fleet.sessions WHERE kiosk_id = 'a1' AND"
                     " received_at = (SELECT min(received_at) FROM fleet.sessions WHERE kiosk_id = 'a1')"), 500);
    assert_int_equal(synced(db, conn, "sent"), 0);
}

static void test_same_batch_twice_counts_duplicates(void **state)
{
    (void)state;
    char db[400], conn[600];
    db_path("b1", db, sizeof db);
    make_db(db, 300, "sutton", 0);
    add_kiosk("b1");
    kiosk_conn("b1", conn, sizeof conn);
    cJSON *o;
    /* A server session in a half-hour time zone takes the kiosk's UTC hours all the same. */
    assert_int_equal(cli(&o, "PGTZ=Asia/Kolkata", "sync --db '%s' --pg '%s'", db, conn), 0);
    assert_int_equal(num(o, "sent"), 300);
    cJSON_Delete(o);
    /* The kiosk forgets it was acknowledged (a restored backup): the server does not take them twice. */
    sqlite3 *ldb;
    sqlite3_open(db, &ldb);
    sqlite3_exec(ldb, "UPDATE sessions SET sent_at = NULL", NULL, NULL, NULL);
    sqlite3_close(ldb);
    assert_int_equal(cli(&o, NULL, "sync --db '%s' --pg '%s'", db, conn), 0);
    assert_int_equal(num(o, "sent"), 0);
    assert_int_equal(num(o, "duplicates"), 300);
    assert_int_equal(num(o, "pending"), 0);
    cJSON_Delete(o);
    assert_int_equal(server_count("b1"), 300);
}

static void test_several_kiosks_at_once(void **state)
{
    (void)state;
    enum { K = 4, ROWS = 800 };
    pid_t pids[K];
    for (int k = 0; k < K; k++) {
        char id[16], db[400];
        snprintf(id, sizeof id, "c%d", k);
        db_path(id, db, sizeof db);
        make_db(db, ROWS, k % 2 ? "sutton" : "wandsworth", 0);
        add_kiosk(id);
    }
    for (int k = 0; k < K; k++) {
        char id[16], db[400], conn[600], out[400];
        snprintf(id, sizeof id, "c%d", k);
        db_path(id, db, sizeof db);
        kiosk_conn(id, conn, sizeof conn);
        snprintf(out, sizeof out, "%s/c%d.json", dir, k);
        fflush(stdout);
        pids[k] = fork();
        if (pids[k] == 0) {
            if (!freopen(out, "w", stdout)) _exit(99);
            execl(bin, bin, "sync", "--db", db, "--pg", conn, "--batch", "200", (char *)NULL);
            _exit(127);
        }
    }
    for (int k = 0; k < K; k++) {
        int status;
        assert_int_equal(waitpid(pids[k], &status, 0), pids[k]);
        assert_true(WIFEXITED(status));
        assert_int_equal(WEXITSTATUS(status), 0);
        char out[400], err[256], id[16];
        snprintf(out, sizeof out, "%s/c%d.json", dir, k);
        char *text = util_read_file(out, NULL, err, sizeof err);
        cJSON *o = cJSON_Parse(text);
        free(text);
        assert_int_equal(num(o, "sent"), ROWS);
        assert_int_equal(num(o, "pending"), 0);
        cJSON_Delete(o);
        snprintf(id, sizeof id, "c%d", k);
        assert_int_equal(server_count(id), ROWS);
    }
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.heartbeats WHERE kiosk_id LIKE 'c_'"), K);
}

static void test_killed_between_server_commit_and_local_mark(void **state)
{
    (void)state;
    char db[400], conn[600];
    db_path("d1", db, sizeof db);
    make_db(db, 700, "sutton", 0);
    add_kiosk("d1");
    kiosk_conn("d1", conn, sizeof conn);
    /* The process ends right after the server's answer to the first batch. */
    assert_int_equal(cli(NULL, "RIGHTHELP_SYNC_HOOK=exit-after-reply", "sync --db '%s' --pg '%s' --batch 200", db, conn), 3);
    assert_int_equal(server_count("d1"), 200);
    assert_int_equal(local_long(db, "SELECT count(*) FROM sessions WHERE sent_at IS NULL"), 700);
    cJSON *o;
    assert_int_equal(cli(&o, NULL, "sync --db '%s' --pg '%s' --batch 200", db, conn), 0);
    assert_int_equal(num(o, "sent"), 500);
    assert_int_equal(num(o, "duplicates"), 200);
    assert_int_equal(num(o, "pending"), 0);
    cJSON_Delete(o);
    assert_int_equal(server_count("d1"), 700);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(DISTINCT seq) FROM fleet.sessions WHERE kiosk_id = 'd1'"), 700);
}

/* Starts a sync that stops itself (SIGSTOP) after its first batch is marked. */
static pid_t start_paused_sync(const char *db, const char *conn, const char *out)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        setenv("RIGHTHELP_SYNC_HOOK", "stop-after-batch", 1);
        if (!freopen(out, "w", stdout)) _exit(99);
        execl(bin, bin, "sync", "--db", db, "--pg", conn, "--batch", "100", "--retries", "2", "--backoff-ms", "50",
              (char *)NULL);
        _exit(127);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, WUNTRACED), pid);
    assert_true(WIFSTOPPED(status));
    return pid;
}

static void test_server_stopped_mid_sync_then_started(void **state)
{
    (void)state;
    char db[400], conn[600], out[400];
    db_path("e1", db, sizeof db);
    make_db(db, 1000, "sutton", 0);
    add_kiosk("e1");
    kiosk_conn("e1", conn, sizeof conn);
    snprintf(out, sizeof out, "%s/e1.json", dir);
    pid_t pid = start_paused_sync(db, conn, out);
    assert_int_equal(pgtest_down(&pg, "immediate"), 0);
    kill(pid, SIGCONT);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_int_equal(pgtest_up(&pg), 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 1); /* could not finish: says so, keeps the rest */
    char err[256];
    char *text = util_read_file(out, NULL, err, sizeof err);
    cJSON *o = cJSON_Parse(text);
    free(text);
    assert_int_equal(num(o, "sent"), 100);
    assert_int_equal(num(o, "pending"), 900);
    assert_int_equal(num(o, "retries"), 2);
    cJSON_Delete(o);
    assert_int_equal(local_long(db, "SELECT count(*) FROM sessions WHERE sent_at IS NULL"), 900);
    /* The timer's next run, once the server is back, sends the rest. */
    assert_int_equal(cli(&o, NULL, "sync --db '%s' --pg '%s'", db, conn), 0);
    assert_int_equal(num(o, "sent"), 900);
    assert_int_equal(num(o, "duplicates"), 0);
    cJSON_Delete(o);
    assert_int_equal(server_count("e1"), 1000);
}

static void test_server_restarted_mid_sync_is_retried(void **state)
{
    (void)state;
    char db[400], conn[600], out[400];
    db_path("e2", db, sizeof db);
    make_db(db, 500, "sutton", 0);
    add_kiosk("e2");
    kiosk_conn("e2", conn, sizeof conn);
    snprintf(out, sizeof out, "%s/e2.json", dir);
    pid_t pid = start_paused_sync(db, conn, out);
    /* The kiosk goes on writing while a sync is under way (WAL): the new row is sent in the same run. */
    char err[256];
    store *s = store_open(db, err, sizeof err);
    assert_non_null(s);
    store_session r = { .when = time(NULL), .area = "sutton", .mode = "family", .lang = "en", .continuum_level = 3,
                        .local_level = "3", .route_id = "su.l3", .escalation = NULL, .rules_version = "0123abcd" };
    assert_int_equal(store_save(s, &r, err, sizeof err), 0);
    store_close(s);
    /* A second sync of the same database (by hand, beside the timer's) waits its turn. */
    assert_int_equal(cli(NULL, NULL, "sync --db '%s' --pg '%s'", db, conn), 1);
    assert_int_equal(tu_sh("grep -q 'another sync of this database is running' '%s/err.txt'", dir), 0);
    assert_int_equal(pgtest_down(&pg, "fast"), 0);
    assert_int_equal(pgtest_up(&pg), 0);
    kill(pid, SIGCONT);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    char *text = util_read_file(out, NULL, err, sizeof err);
    cJSON *o = cJSON_Parse(text);
    free(text);
    assert_int_equal(num(o, "sent"), 501);
    assert_true(num(o, "retries") >= 1);
    cJSON_Delete(o);
    assert_int_equal(server_count("e2"), 501);
}

static void test_unreachable_server_keeps_every_row(void **state)
{
    (void)state;
    char db[400];
    db_path("f1", db, sizeof db);
    make_db(db, 50, "sutton", 0);
    cJSON *o;
    assert_int_equal(cli(&o, NULL, "sync --db '%s' --pg 'host=%s/nowhere port=5 dbname=righthelp user=x'"
                                   " --retries 1 --backoff-ms 10", db, dir), 1);
    assert_int_equal(num(o, "pending"), 50);
    cJSON_Delete(o);
    assert_int_equal(tu_sh("grep -q 'cannot connect to the fleet server' '%s/err.txt'", dir), 0);
    assert_int_equal(tu_sh("grep -q '50 sessions kept' '%s/err.txt'", dir), 0);
    assert_int_equal(local_long(db, "SELECT count(*) FROM sessions WHERE sent_at IS NULL"), 50);
}

static void test_refused_row_set_aside_rest_go_on(void **state)
{
    (void)state;
    char db[400], conn[600];
    db_path("g1", db, sizeof db);
    make_db(db, 400, "sutton", 97); /* rows 97, 194, 291, 388 have a bad mode */
    add_kiosk("g1");
    kiosk_conn("g1", conn, sizeof conn);
    cJSON *o;
    assert_int_equal(cli(&o, NULL, "sync --db '%s' --pg '%s' --batch 250", db, conn), 0);
    assert_int_equal(num(o, "sent"), 396);
    assert_int_equal(num(o, "set_aside"), 4);
    assert_int_equal(num(o, "pending"), 0);
    cJSON_Delete(o);
    assert_int_equal(server_count("g1"), 396);
    assert_int_equal(local_long(db, "SELECT count(*) FROM sessions WHERE refused LIKE '%sessions_mode_check%'"
                                    " AND mode = 'not-a-mode' AND sent_at IS NULL"), 4);
    /* Set aside is not sent again on its own, and the heartbeat says how many. */
    assert_int_equal(synced(db, conn, "set_aside"), 0);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT set_aside FROM fleet.heartbeats WHERE kiosk_id = 'g1'"), 4);
    /* Retention never deletes them, however old. */
    char err[256];
    store *s = store_open(db, err, sizeof err);
    sqlite3_exec(store_db(s), "UPDATE sessions SET hour = '2001-01-01T00:00Z'", NULL, NULL, NULL);
    assert_int_equal(store_retain(s, 1, err, sizeof err), 396);
    store_close(s);
    assert_int_equal(local_long(db, "SELECT count(*) FROM sessions"), 4);
}

/* Every statement is refused as not allowed (SQLSTATE 42501) for login conn. */
static void all_refused(const char *conn, const char *who, const char *const *sql, size_t n)
{
    char st[6];
    for (size_t i = 0; i < n; i++) {
        pgtest_exec(conn, sql[i], st);
        if (strcmp(st, "42501")) fail_msg("%s login was not refused (%s): %s", who, st, sql[i]);
    }
}

static void test_kiosk_login_may_only_call_its_functions(void **state)
{
    (void)state;
    char conn[600], st[6];
    add_kiosk("h1");
    add_kiosk("h2");
    kiosk_conn("h1", conn, sizeof conn);
    static const char *denied[] = {
        "SELECT count(*) FROM fleet.sessions",
        "DELETE FROM fleet.sessions",
        "UPDATE fleet.sessions SET continuum_level = 1",
        "INSERT INTO fleet.sessions (session_uuid, kiosk_id, seq, kiosk_hour, area, mode, lang, continuum_level,"
        " local_level, route_id, rules_version) VALUES (gen_random_uuid(), 'h2', 1, '2026-01-01T10:00Z', 'sutton',"
        " 'family', 'en', 1, 'x', 'r', 'v')",
        "SELECT * FROM fleet.kiosks",
        "UPDATE fleet.kiosks SET login_role = 'kiosk_h1' WHERE kiosk_id = 'h2'",
        "SELECT * FROM fleet.heartbeats",
        "SELECT * FROM fleet.stats",
        "TRUNCATE fleet.sessions",
        "SELECT fleet.kiosk_of_login()",
    };
    all_refused(conn, "a kiosk", denied, sizeof denied / sizeof *denied);
    /* The kiosk id comes from the login: a row claiming another kiosk lands as this one. */
    pgtest_exec(conn, "SELECT fleet.ingest('[{\"v\":1,\"uuid\":\"01900000-0000-7000-8000-000000000001\",\"seq\":1,"
                      "\"kiosk_id\":\"h2\",\"hour\":\"2026-01-01T10:00Z\",\"area\":\"sutton\",\"mode\":\"family\","
                      "\"lang\":\"en\",\"level\":2,\"local_level\":\"2a\",\"route\":\"su.l2\",\"rules_version\":\"ab\"}]')",
                st);
    assert_string_equal(st, "00000");
    assert_int_equal(server_count("h1"), 1);
    assert_int_equal(server_count("h2"), 0);
    /* A time finer than the hour is refused: the server keeps no more than the kiosk does. */
    pgtest_exec(conn, "SELECT fleet.ingest('[{\"v\":1,\"uuid\":\"01900000-0000-7000-8000-000000000003\",\"seq\":2,"
                      "\"hour\":\"2026-01-01T10:30Z\",\"area\":\"sutton\",\"mode\":\"family\",\"lang\":\"en\","
                      "\"level\":2,\"local_level\":\"2a\",\"route\":\"su.l2\",\"rules_version\":\"ab\"}]')", st);
    assert_string_equal(st, "23514");
    /* An unknown row format is refused as bad data (so sync sets it aside). */
    pgtest_exec(conn, "SELECT fleet.ingest('[{\"v\":3,\"uuid\":\"01900000-0000-7000-8000-000000000002\"}]')", st);
    assert_string_equal(st, "22023");
    /* A login that is not a registered kiosk cannot ingest, even as a member of the kiosk role. */
    pgtest_exec(pg.conninfo, "CREATE ROLE stranger LOGIN IN ROLE righthelp_kiosk", st);
    char stranger[600];
    pgtest_conninfo_as(&pg, "stranger", stranger, sizeof stranger);
    pgtest_exec(stranger, "SELECT fleet.ingest('[]')", st);
    assert_string_equal(st, "42501");
    /* A sync from an unregistered login stops with exit 1 and sets nothing aside. */
    char db[400];
    db_path("h3", db, sizeof db);
    make_db(db, 10, "sutton", 0);
    cJSON *o;
    assert_int_equal(cli(&o, NULL, "sync --db '%s' --pg '%s' --retries 0", db, stranger), 1);
    assert_int_equal(num(o, "pending"), 10);
    cJSON_Delete(o);
    assert_int_equal(tu_sh("grep -q 'not a registered kiosk' '%s/err.txt'", dir), 0);
    assert_int_equal(local_long(db, "SELECT count(*) FROM sessions WHERE refused IS NOT NULL"), 0);
}

static void test_heartbeat_and_silent_kiosks(void **state)
{
    (void)state;
    char db[400], conn[600];
    db_path("i1", db, sizeof db);
    make_db(db, 30, "sutton", 0);
    add_kiosk("i1");
    add_kiosk("i2"); /* registered, never heard from */
    kiosk_conn("i1", conn, sizeof conn);
    assert_int_equal(cli(NULL, NULL, "sync --db '%s' --pg '%s' --rules rules", db, conn), 0);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.heartbeats WHERE kiosk_id = 'i1'"
                     " AND queue_depth = 0 AND set_aside = 0 AND oldest_unsent IS NULL AND db_health = 'ok'"
                     " AND app_version <> '' AND length(rules_hash) = 64"
                     " AND last_session = date_trunc('hour', now() - interval '1 hour')"), 1);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.kiosks_silent WHERE kiosk_id = 'i1'"), 0);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.kiosks_silent WHERE kiosk_id = 'i2'"), 1);
    char st[6];
    pgtest_exec(pg.conninfo, "UPDATE fleet.heartbeats SET seen_at = now() - interval '31 minutes' WHERE kiosk_id = 'i1'", st);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.kiosks_silent WHERE kiosk_id = 'i1'"), 1);
    /* A kiosk with a queue reports its depth and its oldest waiting session. */
    make_db(db, 5, "sutton", 0);
    assert_int_equal(cli(NULL, "RIGHTHELP_SYNC_HOOK=exit-after-reply", "sync --db '%s' --pg '%s'", db, conn), 3);
    assert_int_equal(cli(NULL, NULL, "sync --db '%s' --pg 'host=%s/nowhere dbname=x' --retries 0", db, dir), 1);
    assert_int_equal(cli(NULL, NULL, "sync --db '%s' --pg '%s'", db, conn), 0);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.kiosks_silent WHERE kiosk_id = 'i1'"), 0);
}

static void test_fleet_stats_match_local_stats(void **state)
{
    (void)state;
    char db[400], conn[600];
    db_path("j1", db, sizeof db);
    make_db(db, 250, "kingston-richmond", 0);
    add_kiosk("j1");
    kiosk_conn("j1", conn, sizeof conn);
    judge(db, 1, 2, "strengths"); /* one before the first sync, two after */
    assert_int_equal(cli(NULL, NULL, "sync --db '%s' --pg '%s'", db, conn), 0);
    judge(db, 4, 3, "history");
    judge(db, 8, 3, "history");
    assert_int_equal(cli(NULL, NULL, "sync --db '%s' --pg '%s'", db, conn), 0);
    cJSON *local, *fleet;
    assert_int_equal(cli(&local, NULL, "stats --db '%s' --json", db), 0);
    assert_int_equal(cli(&fleet, NULL, "stats --pg '%s' --json", owner), 0);
    cJSON *mine = cJSON_GetObjectItem(cJSON_GetObjectItem(fleet, "kiosks"), "j1");
    assert_non_null(mine);
    /* The same tables, the same numbers, for this kiosk (the local figures also
     * hold what only a kiosk knows, such as practitioners' judgements). */
    static const char *const core[] = { "sessions",      "by_area",   "by_level",         "by_route",
                                        "by_escalation", "overrides", "judgement_reasons" };
    for (size_t i = 0; i < sizeof core / sizeof *core; i++)
        assert_non_null(cJSON_GetObjectItem(mine, core[i]));
    const cJSON *table;
    cJSON_ArrayForEach(table, mine) {
        const cJSON *same = cJSON_GetObjectItem(local, table->string);
        if (!same || !cJSON_Compare(table, same, 1)) fail_msg("fleet table '%s' differs from the kiosk's", table->string);
    }
    /* The fleet's total is every session the server holds. */
    long total = pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.sessions");
    assert_int_equal(num(cJSON_GetObjectItem(fleet, "fleet"), "sessions"), total);
    assert_int_equal(num(cJSON_GetObjectItem(cJSON_GetObjectItem(fleet, "fleet"), "by_area"), "kingston-richmond"), 250);
    assert_int_equal(num(cJSON_GetObjectItem(mine, "judgement_reasons"), "history"), 2);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(mine, "overrides")), 2); /* "1 to 2" (x1) and "4 to 3" (x2) */
    cJSON_Delete(local);
    cJSON_Delete(fleet);
    assert_int_equal(cli(NULL, NULL, "stats --pg '%s' --csv", owner), 0);
    assert_int_equal(tu_sh("head -1 '%s/out.json' | grep -qx 'scope,table,key,count'", dir), 0);
    assert_int_equal(tu_sh("grep -qx 'j1,by_area,\"kingston-richmond\",250' '%s/out.json'", dir), 0);
    /* A data team's role reads the views, not the rows. */
    char st[6], reader[600];
    pgtest_exec(pg.conninfo, "CREATE ROLE analyst LOGIN IN ROLE righthelp_reader", st);
    pgtest_conninfo_as(&pg, "analyst", reader, sizeof reader);
    assert_int_equal(pgtest_long(reader, "SELECT sessions FROM fleet.stats WHERE scope = 'j1' AND tbl = 'sessions'"), 250);
    pgtest_exec(reader, "SELECT * FROM fleet.sessions", st);
    assert_string_equal(st, "42501");
    /* The view reads per-day counts kept by triggers (issue 20): they equal a recount of the rows, also after
     * a judgement changes and rows are deleted on the server. */
    pgtest_exec(pg.conninfo, "UPDATE fleet.sessions SET judged_level = 1, judged_reason = 'strengths',"
                             " judged_received_at = now() WHERE seq = 20", st);
    pgtest_exec(pg.conninfo, "DELETE FROM fleet.sessions WHERE seq BETWEEN 100 AND 119", st);
    static const char *recount =
        "WITH s AS (SELECT kiosk_id, area, mode, continuum_level::text AS level, route_id,"
        "  COALESCE(escalation, 'none') AS escalation, judged_level, judged_reason,"
        "  continuum_level || ' to ' || judged_level AS override FROM fleet.sessions),"
        " r AS (SELECT kiosk_id AS scope, 'sessions' AS tbl, 'all' AS key, count(*) AS n FROM s GROUP BY 1"
        "  UNION ALL SELECT kiosk_id, 'by_area', area, count(*) FROM s GROUP BY 1, 3"
        "  UNION ALL SELECT kiosk_id, 'by_mode', mode, count(*) FROM s GROUP BY 1, 3"
        "  UNION ALL SELECT kiosk_id, 'by_level', level, count(*) FROM s GROUP BY 1, 3"
        "  UNION ALL SELECT kiosk_id, 'by_route', route_id, count(*) FROM s GROUP BY 1, 3"
        "  UNION ALL SELECT kiosk_id, 'by_escalation', escalation, count(*) FROM s GROUP BY 1, 3"
        "  UNION ALL SELECT kiosk_id, 'overrides', override, count(*) FROM s WHERE judged_level IS NOT NULL GROUP BY 1, 3"
        "  UNION ALL SELECT kiosk_id, 'judgement_reasons', judged_reason, count(*) FROM s"
        "    WHERE judged_level IS NOT NULL GROUP BY 1, 3)";
    char sql[3000];
    snprintf(sql, sizeof sql, "%s SELECT count(*) FROM ((SELECT * FROM r EXCEPT SELECT scope, tbl, key, sessions"
                              " FROM fleet.stats WHERE scope <> 'fleet') UNION ALL (SELECT scope, tbl, key, sessions"
                              " FROM fleet.stats WHERE scope <> 'fleet' EXCEPT SELECT * FROM r)) d", recount);
    assert_int_equal(pgtest_long(pg.conninfo, sql), 0);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT sessions FROM fleet.stats WHERE scope = 'j1' AND tbl = 'sessions'"),
                     230);
}

/* ---- Silent calls for staff (issue 22) ---- */

/* A reception PC's login, a member of righthelp_staff (kiosk/README.md). */
static void staff_login(const char *role, char *out, size_t n)
{
    char sql[200], st[6];
    snprintf(sql, sizeof sql, "CREATE ROLE %s LOGIN IN ROLE righthelp_staff", role);
    pgtest_exec(pg.conninfo, sql, st);
    assert_string_equal(st, "00000");
    pgtest_conninfo_as(&pg, role, out, n);
}

/* What the kiosk hands to 'righthelp alert': one line of JSON. */
static void alert_line(char *out, size_t n, const char *id, const char *kind)
{
    char at[32];
    time_t t = time(NULL);
    strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
    snprintf(out, n, "{\"id\":\"%s\",\"kind\":\"%s\",\"kiosk\":\"x\",\"at\":\"%s\"}", id, kind, at);
}

static int raise_alert(const char *kiosk, const char *db, const char *id, const char *kind)
{
    char conn[600], line[300];
    kiosk_conn(kiosk, conn, sizeof conn);
    alert_line(line, sizeof line, id, kind);
    int rc = tu_sh("echo '%s' | %s alert --pg '%s' --db '%s' 2>'%s/alert-err.txt'", line, bin, conn, db, dir);
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : 128;
}

/* A listener in the background (as at a reception PC) for up to secs, its lines in out; its pid. */
static pid_t listener(const char *conn, const char *site, int secs, const char *out)
{
    char pidfile[400], errfile[400];
    snprintf(pidfile, sizeof pidfile, "%s/listener.pid", dir);
    snprintf(errfile, sizeof errfile, "%s.err", out);
    assert_int_equal(tu_sh("%s alerts --pg '%s' --site %s --for %d --json >'%s' 2>'%s' & echo $! >'%s'", bin, conn, site,
                           secs, out, errfile, pidfile), 0);
    char err[200];
    char *p = util_read_file(pidfile, NULL, err, sizeof err);
    pid_t pid = p ? (pid_t)atoi(p) : 0;
    free(p);
    /* Listening once it has caught up: its first words on stderr, or its first line. */
    for (int i = 0; i < 500 && tu_sh("grep -q listening '%s' 2>/dev/null", errfile) != 0; i++) usleep(10000);
    return pid;
}

/* Waits for a listener to end (it is the shell's child, not ours): its --for, with a margin. */
static void wait_gone(pid_t pid)
{
    for (int i = 0; i < 3000 && kill(pid, 0) == 0; i++) usleep(10000);
}

/* Waits (up to 20 s, real time: a ceiling, not a figure; make valgrind on a busy machine needed more than 5)
 * for text in file; the time it took, or -1. */
static double wait_for(const char *file, const char *text)
{
    double t0 = util_now_ms();
    for (int i = 0; i < 2000; i++) {
        if (tu_sh("grep -q '%s' '%s' 2>/dev/null", text, file) == 0) return util_now_ms() - t0;
        usleep(10000);
    }
    return -1;
}

static void test_alert_reaches_its_sites_listener(void **state)
{
    (void)state;
    char staff[600], out[400], db1[400], db2[400];
    add_kiosk("al1");
    add_kiosk("al2");
    assert_int_equal(cli(NULL, NULL, "fleet set-site --pg '%s' --kiosk al1 --site reception-a", owner), 0);
    assert_int_equal(cli(NULL, NULL, "fleet set-site --pg '%s' --kiosk al2 --site reception-b", owner), 0);
    staff_login("reception_a_pc", staff, sizeof staff);
    snprintf(out, sizeof out, "%s/listen-a.txt", dir);
    db_path("al1", db1, sizeof db1);
    db_path("al2", db2, sizeof db2);
    pid_t l = listener(staff, "reception-a", 20, out);
    assert_true(l > 0);
    double t0 = util_now_ms(); /* the kiosk hands it over (a whole process, as the kiosk runs it) */
    assert_int_equal(raise_alert("al1", db1, "01900000-0000-7000-8000-00000000a001", "emergency"), 0);
    assert_true(wait_for(out, "emergency") >= 0);
    printf("    an alert reached the reception's listener %.0f ms after the kiosk raised it\n", util_now_ms() - t0);
    /* Another site's alert is not this reception's. */
    assert_int_equal(raise_alert("al2", db2, "01900000-0000-7000-8000-00000000b001", "tell_staff"), 0);
    assert_int_equal(raise_alert("al1", db1, "01900000-0000-7000-8000-00000000a002", "private_word"), 0);
    assert_true(wait_for(out, "private_word") >= 0);
    assert_int_not_equal(tu_sh("grep -q tell_staff '%s'", out), 0);
    /* Delivered: marked in the kiosk's outbox; the same alert again (a retry) rings once. */
    assert_int_equal(local_long(db1, "SELECT count(*) FROM alerts WHERE sent_at IS NULL"), 0);
    assert_int_equal(raise_alert("al1", db1, "01900000-0000-7000-8000-00000000a001", "emergency"), 0);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.alerts WHERE kiosk_id = 'al1'"), 2);
    kill(l, SIGTERM);
    wait_gone(l);
    assert_int_equal(tu_sh("test $(grep -c emergency '%s') = 1", out), 0);
    /* Nothing but kind, kiosk, site and time reaches the listener. */
    assert_int_equal(tu_sh("head -1 '%s' | grep -q '^{\"id\":[0-9]*,\"kiosk\":\"al1\",\"site\":\"reception-a\","
                           "\"kind\":\"emergency\",\"at\":\"[0-9T:Z-]*\"}$'", out), 0);
}

static void test_alert_kept_while_server_down_then_delivered(void **state)
{
    (void)state;
    char staff[600], kconn[600], db[400], out[400];
    add_kiosk("al3");
    assert_int_equal(cli(NULL, NULL, "fleet set-site --pg '%s' --kiosk al3 --site reception-c", owner), 0);
    staff_login("reception_c_pc", staff, sizeof staff);
    db_path("al3", db, sizeof db);
    snprintf(out, sizeof out, "%s/listen-c.txt", dir);
    /* The server goes as the alert is raised: kept in the kiosk's outbox, exit 75 (try again). */
    assert_int_equal(pgtest_down(&pg, "immediate"), 0);
    assert_int_equal(raise_alert("al3", db, "01900000-0000-7000-8000-00000000c001", "tell_staff"), 75);
    assert_int_equal(local_long(db, "SELECT count(*) FROM alerts WHERE sent_at IS NULL"), 1);
    assert_int_equal(pgtest_up(&pg), 0);
    /* sync delivers it; a listener started after hears it (raised while it was not listening). */
    kiosk_conn("al3", kconn, sizeof kconn);
    cJSON *o;
    assert_int_equal(cli(&o, NULL, "sync --db '%s' --pg '%s'", db, kconn), 0);
    assert_int_equal(num(o, "alerts"), 1);
    cJSON_Delete(o);
    assert_int_equal(local_long(db, "SELECT count(*) FROM alerts WHERE sent_at IS NULL"), 0);
    /* The kiosk's staff screen learns, through sync, that one is not yet acknowledged. */
    assert_int_equal(local_long(db, "SELECT value LIKE '1 %' FROM settings WHERE key = '" STORE_OPEN_ALERTS_SETTING "'"), 1);
    pid_t l = listener(staff, "reception-c", 3, out);
    wait_gone(l);
    assert_int_equal(tu_sh("grep -q tell_staff '%s'", out), 0);
    /* The partnership's statistics count it, for the kiosk and the fleet, as the kiosk's own do. */
    cJSON *fleet, *local;
    assert_int_equal(cli(&fleet, NULL, "stats --pg '%s' --json", owner), 0);
    assert_int_equal(cli(&local, NULL, "stats --db '%s' --json", db), 0);
    assert_true(cJSON_Compare(cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetObjectItem(fleet, "kiosks"), "al3"), "alerts"),
                              cJSON_GetObjectItem(local, "alerts"), 1));
    assert_true(num(cJSON_GetObjectItem(cJSON_GetObjectItem(fleet, "fleet"), "alerts"), "tell_staff") >= 1);
    cJSON_Delete(fleet);
    cJSON_Delete(local);
    /* Acknowledged: a listener no longer shows it; twice is harmless. */
    long id = pgtest_long(pg.conninfo, "SELECT id FROM fleet.alerts WHERE kiosk_id = 'al3'");
    assert_int_equal(cli(NULL, NULL, "alerts --pg '%s' --ack %ld", staff, id), 0);
    assert_int_equal(tu_sh("grep -q acknowledged '%s/out.json'", dir), 0);
    assert_int_equal(cli(NULL, NULL, "alerts --pg '%s' --ack %ld", staff, id), 0);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM fleet.alerts WHERE acked_by = 'reception_c_pc'"), 1);
    l = listener(staff, "reception-c", 1, out);
    wait_gone(l);
    assert_int_not_equal(tu_sh("grep -q tell_staff '%s'", out), 0);
    assert_int_equal(cli(NULL, NULL, "sync --db '%s' --pg '%s'", db, kconn), 0);
    assert_int_equal(local_long(db, "SELECT value LIKE '0 %' FROM settings WHERE key = '" STORE_OPEN_ALERTS_SETTING "'"), 1);
}

static void test_kiosk_may_raise_alerts_never_read_them(void **state)
{
    (void)state;
    char kconn[600], staff[600];
    add_kiosk("al4");
    kiosk_conn("al4", kconn, sizeof kconn);
    static const char *denied[] = {
        "SELECT * FROM fleet.alerts",
        "SELECT * FROM fleet.alerts_seen",
        "SELECT fleet.ack_alert(1)",
        "UPDATE fleet.alerts SET acked_at = now()",
        "DELETE FROM fleet.alerts",
    };
    all_refused(kconn, "a kiosk", denied, sizeof denied / sizeof *denied);
    assert_int_equal(cli(NULL, NULL, "alerts --pg '%s' --for 1", kconn), 1);
    assert_int_equal(tu_sh("grep -q righthelp_staff '%s/err.txt'", dir), 0);
    /* And a reception's login may read and acknowledge, not raise or read the sessions. */
    staff_login("reception_d_pc", staff, sizeof staff);
    static const char *staff_denied[] = {
        "SELECT fleet.raise_alert('01900000-0000-7000-8000-00000000d001', 'tell_staff', now())",
        "SELECT * FROM fleet.sessions",
        "SELECT * FROM fleet.alerts",
        "INSERT INTO fleet.alerts (alert_uuid, kiosk_id, kind, raised_at) VALUES (gen_random_uuid(), 'al4', 'emergency', now())",
    };
    all_refused(staff, "a reception", staff_denied, sizeof staff_denied / sizeof *staff_denied);
    /* A malformed alert is refused before anything is written. */
    char db[400];
    db_path("al4", db, sizeof db);
    assert_int_equal(tu_sh("echo '{\"id\":\"x\",\"kind\":\"party\"}' | %s alert --pg '%s' --db '%s' 2>/dev/null", bin,
                           kconn, db) >> 8, 2);
}

static void test_bad_usage_exits_2(void **state)
{
    (void)state;
    assert_int_equal(cli(NULL, NULL, "sync --db x.db"), 2);
    assert_int_equal(cli(NULL, NULL, "sync --db x.db --pg y --batch 0"), 2);
    assert_int_equal(cli(NULL, NULL, "fleet"), 2);
    assert_int_equal(cli(NULL, NULL, "sync --db '%s/missing.db' --pg '%s'", dir, pg.conninfo), 1);
    char missing[400];
    snprintf(missing, sizeof missing, "%s/missing.db", dir);
    assert_int_not_equal(access(missing, F_OK), 0);
    assert_int_equal(tu_sh("grep -q 'no database at' '%s/err.txt'", dir), 0);
    /* A damaged database is left where it is for the kiosk to deal with. */
    char bad[400];
    snprintf(bad, sizeof bad, "%s/bad.db", dir);
    tu_write(bad, "not a database: somebody's data may be in it");
    assert_int_equal(cli(NULL, NULL, "sync --db '%s' --pg '%s'", bad, pg.conninfo), 1);
    assert_int_equal(tu_sh("grep -q 'fails its integrity check' '%s/err.txt'", dir), 0);
    assert_int_equal(tu_sh("grep -q 'somebody' '%s' && ! ls '%s'.corrupt-* 2>/dev/null", bad, bad), 0);
    assert_int_equal(cli(NULL, NULL, "fleet add-kiosk --pg '%s'", owner), 2);
    /* A kiosk id the schema refuses leaves no role behind. */
    assert_int_equal(cli(NULL, NULL, "fleet add-kiosk --pg '%s' --kiosk 'Bad Id'", owner), 1);
    assert_int_equal(pgtest_long(pg.conninfo, "SELECT count(*) FROM pg_roles WHERE rolname = 'kiosk_Bad Id'"), 0);
}

int main(int argc, char **argv)
{
    (void)argc;
    char self[512];
    util_copy(self, sizeof self, argv[0]);
    snprintf(bin, sizeof bin, "%s/../righthelp", dirname(self));
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_init_is_idempotent_and_versioned),
        cmocka_unit_test(test_sync_sends_all_oldest_first_then_nothing),
        cmocka_unit_test(test_same_batch_twice_counts_duplicates),
        cmocka_unit_test(test_several_kiosks_at_once),
        cmocka_unit_test(test_killed_between_server_commit_and_local_mark),
        cmocka_unit_test(test_server_stopped_mid_sync_then_started),
        cmocka_unit_test(test_server_restarted_mid_sync_is_retried),
        cmocka_unit_test(test_unreachable_server_keeps_every_row),
        cmocka_unit_test(test_refused_row_set_aside_rest_go_on),
        cmocka_unit_test(test_kiosk_login_may_only_call_its_functions),
        cmocka_unit_test(test_heartbeat_and_silent_kiosks),
        cmocka_unit_test(test_schema_1_server_migrates_and_takes_judgements),
        cmocka_unit_test(test_judgement_after_sync_reaches_server),
        cmocka_unit_test(test_fleet_stats_match_local_stats),
        cmocka_unit_test(test_alert_reaches_its_sites_listener),
        cmocka_unit_test(test_alert_kept_while_server_down_then_delivered),
        cmocka_unit_test(test_kiosk_may_raise_alerts_never_read_them),
        cmocka_unit_test(test_bad_usage_exits_2),
    };
    return cmocka_run_group_tests_name("fleet", tests, setup, teardown);
}
