/* test_soak.c: many scripted sessions end to end in one process: every screen
 * laid out, every decision made by the real pack, every finished session
 * written to a real SQLite file. At the end every session is in the database
 * (counted by area, mode and language) and resident memory has stayed flat:
 * the end within 5 per cent of the figure after the first 1,000 sessions, plus
 * whatever SQLite itself reports it has added (its page cache fills up to its
 * fixed cap as the file outgrows it; it is bounded on its own below).
 * 'make test' runs 2,000 sessions; 'make soak' runs 100,000
 * (RIGHTHELP_SOAK_SESSIONS). Memory is checked only without ASan or valgrind,
 * whose own bookkeeping is what grows there. */
#include "testutil.h"

#include <SDL_ttf.h>
#include <sqlite3.h>

#include "app.h"
#include "decision.h"
#include "sessioncheck.h"
#include "util.h"

#define MAX_KEYS 512

static unsigned long seed = 20261129;
static unsigned rnd(unsigned n)
{
    seed = seed * 6364136223846793005ul + 1442695040888963407ul;
    return (unsigned)((seed >> 33) % n);
}

/* Sessions we saw finish, by "area|mode|lang". */
typedef struct tally {
    char key[MAX_KEYS][96];
    long n[MAX_KEYS];
    int used;
} tally;

static void count(tally *t, const char *key)
{
    for (int i = 0; i < t->used; i++)
        if (!strcmp(t->key[i], key)) {
            t->n[i]++;
            return;
        }
    assert_true(t->used < MAX_KEYS);
    snprintf(t->key[t->used], sizeof t->key[0], "%s", key);
    t->n[t->used++] = 1;
}

static long counted(const tally *t, const char *key)
{
    for (int i = 0; i < t->used; i++)
        if (!strcmp(t->key[i], key)) return t->n[i];
    return 0;
}

static void act(app *a, app_action what, int arg, double *now)
{
    *now += 500 + rnd(2000);
    app_act(a, what, arg, *now);
    app_tick(a, *now);
    app_layout(a);
    const char *why = sc_check(a);
    if (why) fail_msg("%s (screen %s)", why, app_screen_name(a->screen));
}

/* One person at the kiosk: language, mode, the questions, the result. Returns
 * true when the session finished (and so must be in the database). */
static bool one_session(app *a, char areas[][64], int nareas, double *now, tally *t)
{
    assert_int_equal(a->screen, SCREEN_START);
    snprintf(a->area, sizeof a->area, "%s", areas[rnd((unsigned)nareas)]); /* as staff set it */
    act(a, ACT_LANG, (int)rnd((unsigned)a->nlangs), now);
    act(a, ACT_MODE, (int)rnd(2), now);
    for (int steps = 0; a->screen == SCREEN_QUESTION; steps++) {
        assert_true(steps < 4 * FLOW_MAX_QUESTIONS);
        const cJSON *q = flow_question(&a->fl, a->fl.current);
        const char *qid = decision_str(q, "id");
        int nopt = cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(q, "options"));
        assert_true(nopt > 0);
        unsigned r = rnd(100);
        if (r < 1) { /* walks away: the idle timer wipes the session, nothing is logged */
            app_tick(a, *now += a->opt.idle_seconds * 1000.0 + 1000); /* the warning */
            assert_true(a->idle_warning);
            app_tick(a, *now += APP_IDLE_GRACE_MS + 1000);                /* the wipe */
            app_layout(a);
            assert_int_equal(a->screen, SCREEN_START);
            assert_int_equal(a->fl.nanswers, 0);
            return false;
        }
        if (r < 2 && rnd(2)) { /* quick exit */
            act(a, ACT_QUICK_EXIT, 0, now);
            assert_int_equal(a->screen, SCREEN_NEUTRAL);
            act(a, ACT_BEGIN, 0, now);
            return false;
        }
        if (r < 10 && a->fl.nhistory > 1) {
            act(a, ACT_BACK, 0, now);
            continue;
        }
        /* Mostly the first option ("no"-like), so sessions run their whole length. */
        int pick = rnd(3) ? 0 : (int)rnd((unsigned)nopt);
        const char *aid = decision_str(cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(q, "options"), pick), "id");
        char want_q[FLOW_ID], want_a[FLOW_ID];
        util_copy(want_q, sizeof want_q, qid);
        util_copy(want_a, sizeof want_a, aid);
        act(a, ACT_ANSWER, pick, now);
        if (a->screen == SCREEN_QUESTION || a->screen == SCREEN_CHECK || a->screen == SCREEN_ESCALATION) {
            const char *kept = flow_answer_of(&a->fl, want_q);
            if (!kept || strcmp(kept, want_a)) fail_msg("answered %s=%s, but the flow kept %s", want_q, want_a, kept ? kept : "nothing");
        }
    }
    if (a->screen == SCREEN_CHECK) act(a, ACT_CONTINUE, 0, now);
    assert_true(a->screen == SCREEN_RESULT || a->screen == SCREEN_ESCALATION);
    assert_non_null(a->decision);
    char key[96];
    snprintf(key, sizeof key, "%s|%s|%s", a->area, a->mode, a->lang);
    count(t, key);
    if (a->screen == SCREEN_ESCALATION) act(a, ACT_ESC_DONE, 0, now);
    if (a->screen == SCREEN_RESULT) act(a, ACT_FINISH, 0, now);
    assert_int_equal(a->screen, SCREEN_START);
    return true;
}

static void test_soak(void **state)
{
    (void)state;
    char dir[256], err[512];
    tu_tmpdir(dir, sizeof dir, "soak");
    const char *env = getenv("RIGHTHELP_SOAK_SESSIONS");
    /* Under ASan memory is not judged and each session costs several times more: fewer. */
    long sessions = env ? atol(env) : sc_memory_is_tooled() ? 600 : 2000;
    assert_true(sessions >= 10);
    long mark = sessions >= 2000 ? 1000 : sessions / 2; /* the first measurement, once caches are warm */
    text *tx = text_open("assets", err, sizeof err);
    assert_non_null(tx);
    static app a;
    static tally t;
    options o;
    options_defaults(&o);
    snprintf(o.db, sizeof o.db, "%s/soak.db", dir);
    double now = 1e7;
    app_init(&a, &o, tx, now);
    app_resize(&a, 1280, 800);
    app_layout(&a);
    assert_non_null(a.r);
    assert_true(a.nlangs > 1);

    char areas[32][64];
    int nareas = 0;
    cJSON *list = rules_areas(a.r, err, sizeof err);
    const cJSON *ar;
    cJSON_ArrayForEach(ar, list) if (nareas < 32) util_copy(areas[nareas++], sizeof areas[0], decision_str(ar, "id"));
    cJSON_Delete(list);
    assert_true(nareas >= 5);

    long finished = 0, rss_first = 0, rss_start = sc_rss_kib();
    sqlite3_int64 sql_first = 0, sql_end = 0, hi;
    double t0 = util_now_ms();
    for (long s = 0; s < sessions; s++) {
        if (one_session(&a, areas, nareas, &now, &t)) finished++;
        assert_int_equal(a.sessions_saved, finished); /* nothing lost on the way */
        if (s + 1 == mark) {
            rss_first = sc_rss_kib();
            sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &sql_first, &hi, 0);
        }
        if ((s + 1) % 10000 == 0)
            print_message("soak: %ld sessions, %ld finished, resident %ld KiB\n", s + 1, finished, sc_rss_kib());
    }
    long rss_end = sc_rss_kib();
    sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &sql_end, &hi, 0);
    double ms = util_now_ms() - t0;
    app_free(&a);
    text_close(tx);
    TTF_Quit();

    /* Every finished session is a row, in the right area, mode and language. */
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(o.db, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT area || '|' || mode || '|' || lang, COUNT(*) FROM sessions GROUP BY 1",
                                        -1, &st, NULL), SQLITE_OK);
    long rows = 0;
    int groups = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *key = (const char *)sqlite3_column_text(st, 0);
        long n = sqlite3_column_int64(st, 1);
        if (n != counted(&t, key)) fail_msg("%s: %ld rows for %ld finished sessions", key, n, counted(&t, key));
        rows += n;
        groups++;
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    assert_int_equal(rows, finished);
    assert_int_equal(groups, t.used);
    /* Across all areas, both modes and every language. */
    assert_true(t.used >= nareas * 2);

    print_message("soak: %ld sessions (%ld finished, %ld rows, %d area/mode/language groups) in %.1f s, %.2f ms each\n",
                  sessions, finished, rows, groups, ms / 1000, ms / (double)sessions);
    print_message("soak: resident memory %ld KiB at start, %ld KiB after %ld sessions, %ld KiB at the end (%+.1f%%)\n",
                  rss_start, rss_first, mark, rss_end, 100.0 * (double)(rss_end - rss_first) / (double)rss_first);
    print_message("soak: SQLite's own memory %lld KiB after %ld sessions, %lld KiB at the end\n", (long long)sql_first / 1024,
                  mark, (long long)sql_end / 1024);
    /* SQLite's page cache is capped (2,000 KiB by default): its memory stays bounded however many rows. */
    assert_true(sql_end < 4 * 1024 * 1024);
    if (sc_memory_is_tooled()) {
        print_message("soak: memory not judged under ASan or valgrind\n");
    } else {
        /* Within 5 per cent, beyond what SQLite reports it added to its capped cache. */
        long sql_grew = (long)((sql_end > sql_first ? sql_end - sql_first : 0) / 1024);
        long bound = rss_first + rss_first / 20 + sql_grew;
        if (rss_end > bound) fail_msg("memory grew: %ld KiB after %ld sessions, %ld KiB at the end", rss_first, mark, rss_end);
    }
    tu_rmrf(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_soak) };
    return cmocka_run_group_tests_name("soak", tests, NULL, NULL);
}
