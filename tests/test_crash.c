/* test_crash.c: data that survives the process dying at any moment.
 *
 * A child process opens the real database and writes sessions (and now and
 * then a practitioner's judgement on one) as fast as it can, reporting each id
 * on a pipe only after the store said it was saved. The parent kills it with
 * SIGKILL at a random moment, a few hundred times: during open, the integrity
 * check, a migration, a write or a commit. Then the database must pass
 * integrity_check, must never have been moved aside as corrupt, and every id
 * reported saved (and every judgement reported) must be there.
 *
 * SIGKILL loses no data the kernel already has, so this is the process dying,
 * not the power going: synchronous=FULL is what covers that. */
#include "testutil.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <time.h>

#include "store.h"

#define ROUNDS 300
#define MAX_IDS 200000

/* What the writer reported: the row's id and the mark only that session carries
 * (ids of rows lost in a crash would be given again to the next session). */
typedef struct record {
    char kind;           /* 'S' saved, 'J' judgement saved */
    long long id, mark;
} record;

static record saved[MAX_IDS], judged[MAX_IDS];
static int nsaved, njudged;

static void keep(const record *r)
{
    if (r->kind == 'S' && nsaved < MAX_IDS) saved[nsaved++] = *r;
    if (r->kind == 'J' && njudged < MAX_IDS) judged[njudged++] = *r;
}

/* The child: never returns. Each session is marked in its rules_version column. */
static void writer(const char *path, int out)
{
    char err[512];
    store *s = store_open(path, err, sizeof err);
    if (!s) _exit(3);
    store_session r = { .when = time(NULL), .area = "sutton", .mode = "practitioner", .lang = "en",
                        .continuum_level = 3, .local_level = "3", .route_id = "su.l3", .escalation = NULL,
                        .rules_version = "crash-test" };
    char mark[32];
    r.rules_version = mark;
    for (int i = 0; i < 100000; i++) {
        record rec = { 'S', 0, (long long)getpid() * 1000000 + i };
        snprintf(mark, sizeof mark, "crash-%lld", rec.mark);
        r.continuum_level = 1 + i % 4;
        if (store_save(s, &r, err, sizeof err) != 0) _exit(4);
        rec.id = store_last_session(s);
        if (write(out, &rec, sizeof rec) != sizeof rec) _exit(5);
        if (i % 3 == 0) {
            store_judgement j = { 2, "2", "history", "health.self_harm" };
            if (store_judge(s, rec.id, &j, err, sizeof err) != 0) _exit(6);
            rec.kind = 'J';
            if (write(out, &rec, sizeof rec) != sizeof rec) _exit(5);
        }
    }
    _exit(0);
}

static void test_sigkill_while_writing(void **state)
{
    (void)state;
    char dir[256], path[400];
    tu_tmpdir(dir, sizeof dir, "crash");
    snprintf(path, sizeof path, "%s/kiosk.db", dir);
    unsigned seed = (unsigned)time(NULL);
    print_message("crash: seed %u\n", seed);
    int killed_mid_run = 0, rounds_writing = 0;
    for (int round = 0; round < ROUNDS; round++) {
        int fd[2];
        assert_int_equal(pipe(fd), 0);
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            close(fd[0]);
            writer(path, fd[1]);
        }
        close(fd[1]);
        record rec;
        ssize_t n = 0;
        int before = nsaved;
        /* A third of the kills land in start-up (open, integrity check, migration); the
         * rest a random time after a random number of saves, whatever the disk's speed. */
        if (round % 3 == 0) {
            usleep((useconds_t)(rand_r(&seed) % 3000));
        } else {
            for (int k = rand_r(&seed) % 4; k > 0 && (n = read(fd[0], &rec, sizeof rec)) == (ssize_t)sizeof rec; k--)
                keep(&rec);
            usleep((useconds_t)(rand_r(&seed) % 20000));
        }
        kill(pid, SIGKILL);
        int status;
        assert_int_equal(waitpid(pid, &status, 0), pid);
        if (WIFEXITED(status)) fail_msg("round %d: the writer stopped by itself (exit %d)", round, WEXITSTATUS(status));
        killed_mid_run++;
        while ((n = read(fd[0], &rec, sizeof rec)) == (ssize_t)sizeof rec) keep(&rec);
        assert_int_equal(n, 0); /* records are whole: a pipe write this small is atomic */
        close(fd[0]);
        if (nsaved > before) rounds_writing++;
    }
    print_message("crash: %d kills, %d of them after writes began; %d sessions and %d judgements reported saved\n",
                  killed_mid_run, rounds_writing, nsaved, njudged);
    assert_true(rounds_writing >= ROUNDS / 3); /* the kills did land among writes, not only in start-up */
    /* Never judged corrupt and moved aside on the way. */
    assert_int_not_equal(tu_sh("ls '%s' | grep -q corrupt", dir), 0);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "ok");
    sqlite3_finalize(st);
    sqlite3_prepare_v2(db, "SELECT judged_level FROM sessions WHERE id = ? AND rules_version = ?", -1, &st, NULL);
    for (int i = 0; i < nsaved + njudged; i++) {
        const record *r = i < nsaved ? &saved[i] : &judged[i - nsaved];
        char mark[32];
        snprintf(mark, sizeof mark, "crash-%lld", r->mark);
        sqlite3_bind_int64(st, 1, r->id);
        sqlite3_bind_text(st, 2, mark, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(st) != SQLITE_ROW) fail_msg("session %lld (%s) was reported saved and is missing", r->id, mark);
        if (r->kind == 'J' && sqlite3_column_type(st, 0) == SQLITE_NULL)
            fail_msg("the judgement on session %lld was reported saved and is missing", r->id);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    tu_rmrf(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_sigkill_while_writing) };
    return cmocka_run_group_tests_name("crash", tests, NULL, NULL);
}
