/* test_replication.c: each council gets its own copy of only its rows.
 *
 * Two real PostgreSQL 15 clusters: the partnership's (wal_level=logical) with
 * a publication of fleet.sessions filtered by area, and a council's with the
 * same schema ('righthelp fleet init') subscribed to it. Rows synced by kiosks
 * of two areas reach the council's copy only when they are its area's, both
 * in the first copy and as they keep coming. The commands are the ones
 * kiosk/README.md gives a partnership's IT team. */
#include "testutil.h"
#include "pgtest.h"

#include <libgen.h>
#include <sqlite3.h>
#include <time.h>

#include "store.h"
#include "util.h"

static pgtest central, council;
static char dir[256], bin[600];

static void make_db(const char *path, int n, const char *area)
{
    char err[256];
    store *s = store_open(path, err, sizeof err);
    assert_non_null(s);
    sqlite3_exec(store_db(s), "BEGIN", NULL, NULL, NULL);
    for (int i = 0; i < n; i++) {
        store_session r = { .when = time(NULL) - (time_t)i * 3600, .area = area, .mode = "family", .lang = "en",
                            .continuum_level = 1 + i % 4, .local_level = "2", .route_id = "r", .escalation = NULL,
                            .rules_version = "ab12" };
        assert_int_equal(store_save(s, &r, err, sizeof err), 0);
    }
    sqlite3_exec(store_db(s), "COMMIT", NULL, NULL, NULL);
    store_close(s);
}

static void sync_kiosk(const char *id, int rows, const char *area)
{
    char db[400], conn[600], role[64];
    snprintf(db, sizeof db, "%s/%s.db", dir, id);
    snprintf(role, sizeof role, "kiosk_%s", id);
    for (char *p = role; *p; p++) if (*p == '-') *p = '_'; /* as 'fleet add-kiosk' names it */
    make_db(db, rows, area);
    pgtest_conninfo_as(&central, role, conn, sizeof conn);
    assert_int_equal(tu_sh("%s sync --db '%s' --pg '%s' >/dev/null", bin, db, conn), 0);
}

/* Waits (bounded: 60 s) until the council's copy holds n rows. */
static long wait_for(long n)
{
    long have = -1;
    for (int i = 0; i < 600 && have != n; i++) {
        have = pgtest_long(council.conninfo, "SELECT count(*) FROM fleet.sessions");
        if (have != n) usleep(100 * 1000);
    }
    return have;
}

static void test_council_copy_has_only_its_area(void **state)
{
    (void)state;
    char st[6], sql[1024];
    /* The partnership's server: schema, kiosks, a publication per council. */
    assert_int_equal(tu_sh("%s fleet init --pg '%s' >/dev/null", bin, central.conninfo), 0);
    assert_int_equal(tu_sh("%s fleet add-kiosk --pg '%s' --kiosk sutton-1 >/dev/null", bin, central.conninfo), 0);
    assert_int_equal(tu_sh("%s fleet add-kiosk --pg '%s' --kiosk wandsworth-1 >/dev/null", bin, central.conninfo), 0);
    pgtest_exec(central.conninfo, "CREATE PUBLICATION sutton_sessions FOR TABLE fleet.sessions"
                                  " WHERE (area = 'sutton') WITH (publish = 'insert')", st);
    assert_string_equal(st, "00000");
    sync_kiosk("sutton-1", 120, "sutton");
    sync_kiosk("wandsworth-1", 80, "wandsworth");
    /* The council's server: the same schema, subscribed to its publication. */
    assert_int_equal(tu_sh("%s fleet init --pg '%s' >/dev/null", bin, council.conninfo), 0);
    snprintf(sql, sizeof sql, "CREATE SUBSCRIPTION sutton CONNECTION 'host=%s port=%d dbname=righthelp user=postgres'"
             " PUBLICATION sutton_sessions", central.dir, central.port);
    pgtest_exec(council.conninfo, sql, st);
    assert_string_equal(st, "00000");
    assert_int_equal(wait_for(120), 120);
    /* Rows that come later stream across too, still only Sutton's. */
    sync_kiosk("wandsworth-1", 40, "wandsworth");
    char db[400], conn[600];
    snprintf(db, sizeof db, "%s/sutton-1.db", dir);
    make_db(db, 30, "sutton");
    pgtest_conninfo_as(&central, "kiosk_sutton_1", conn, sizeof conn);
    assert_int_equal(tu_sh("%s sync --db '%s' --pg '%s' >/dev/null", bin, db, conn), 0);
    assert_int_equal(wait_for(150), 150);
    assert_int_equal(pgtest_long(council.conninfo, "SELECT count(*) FROM fleet.sessions WHERE area <> 'sutton'"), 0);
    assert_int_equal(pgtest_long(central.conninfo, "SELECT count(*) FROM fleet.sessions"), 270);
    /* The council's data team reads its own copy through the same views. */
    assert_int_equal(pgtest_long(council.conninfo, "SELECT sessions FROM fleet.stats WHERE scope = 'fleet'"
                                                   " AND tbl = 'by_area' AND key = 'sutton'"), 150);
    pgtest_exec(council.conninfo, "DROP SUBSCRIPTION sutton", st);
    assert_string_equal(st, "00000");
}

static int setup(void **state)
{
    (void)state;
    tu_tmpdir(dir, sizeof dir, "repl");
    int port = 56000 + getpid() % 500 * 2;
    if (pgtest_start_from(&central, port, "wal_level = logical", NULL, true) != 0) fail_msg("cannot start the central PostgreSQL 15");
    char template[200];
    snprintf(template, sizeof template, "%s/template", central.dir);
    if (pgtest_start_from(&council, port + 1, NULL, template, false) != 0) fail_msg("cannot start the council's PostgreSQL 15");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    pgtest_stop(&council);
    pgtest_stop(&central);
    tu_rmrf(dir);
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    char self[512];
    util_copy(self, sizeof self, argv[0]);
    snprintf(bin, sizeof bin, "%s/../righthelp", dirname(self));
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_council_copy_has_only_its_area),
    };
    return cmocka_run_group_tests_name("replication", tests, setup, teardown);
}
