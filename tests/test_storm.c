/* test_storm.c: a storm of touches: random taps, drags, holds, double taps and
 * idle gaps on the headless kiosk, across modes, languages, areas and sizes.
 * After every event the screen is a known one, answers only exist inside a
 * session and are options of the questions shown (sessioncheck.h), an event
 * adds at most one answer and only to the question on screen, and nothing
 * crashes (make asan runs this under ASan and UBSan). By the end, sessions
 * have reached a result in every area, both modes and every language, and the
 * heap's peak over the last third is within 5% of the middle third's (plus
 * SQLite's cache filling). The long run is 'make soak'; this is the short one
 * for every 'make test'. */
#include "testutil.h"

#include <SDL_ttf.h>

#include "app.h"
#include "decision.h"
#include "sessioncheck.h"

#include <sqlite3.h>
#if defined(__SANITIZE_ADDRESS__)
size_t __sanitizer_get_current_allocated_bytes(void); /* libasan's; Debian's gcc ships no header for it */
/* Bytes the program has allocated and not freed (ASan's quarantine aside). */
static long live_heap(void) { return (long)__sanitizer_get_current_allocated_bytes(); }
#else
#include <malloc.h>
static long live_heap(void)
{
    struct mallinfo2 m = mallinfo2();
    return (long)(m.uordblks + m.hblkhd); /* in use, small and mmapped */
}
#endif

static unsigned long seed = 77;
static unsigned rnd(unsigned n)
{
    seed = seed * 6364136223846793005ul + 1442695040888963407ul;
    return (unsigned)((seed >> 33) % n);
}

static void test_touch_storm(void **state)
{
    (void)state;
    char dir[256], err[512];
    tu_tmpdir(dir, sizeof dir, "storm");
    text *tx = text_open("assets", err, sizeof err);
    assert_non_null(tx);
    static app a;
    options o;
    options_defaults(&o);
    snprintf(o.db, sizeof o.db, "%s/storm.db", dir);
    const char *env = getenv("RIGHTHELP_STORM_EVENTS");
    /* 8,000: with the family questions as long as they are, 5,000 random events left one language without a
     * result (Spanish, once the danger question gained an answer), and reach below is judged from 8,000. */
    long events = env ? atol(env) : 8000;
    double now = 1e7;
    static const int sizes[][2] = { { 1280, 800 }, { 1920, 1080 }, { 1080, 1920 } };
    static const char *areas[] = { "kingston-richmond", "kensington-chelsea", "city-of-london", "wandsworth", "sutton" };
    /* A kiosk is installed with a staff PIN: random digits must not reconfigure it
     * (test_staff storms the staff screens on their own). */
    char hash[PIN_HASH_BYTES];
    store *st = store_open(o.db, err, sizeof err);
    assert_non_null(st);
    assert_int_equal(pin_hash("90817263", hash), 0);
    assert_int_equal(store_set_setting(st, "pin_hash", hash, "staff PIN set", err, sizeof err), 0);
    store_close(st);
    static const char *modes[] = { "training", "family", "practitioner" }; /* training and practitioner show Training */
    app_init(&a, &o, tx, now);
    app_tick(&a, now);
    /* What a kiosk runs only when first asked for (the other catalogues, the training cases) runs now: the
     * storm looks for memory that grows, not for parts of the pack its random taps reach late. */
    char word[256];
    for (int i = 0; i < a.nlangs; i++) assert_non_null(rules_string(a.r, a.langs[i].code, "ui.title", word, sizeof word));
    cJSON_Delete(rules_call(a.r, "rh_training_list", NULL, err, sizeof err));
    long screens_seen[SCREEN_JUDGE + 1] = { 0 };
    /* Memory stays flat: the most the heap holds between sessions (on the start or the neutral screen, after
     * a wipe has collected what the session left) over the middle third of the storm against the last third.
     * A leak raises the later one. The most it holds at any time is printed too: that is a session's own
     * peak, the pack's garbage before Lua collects it, and it varies with the longest session of a third. */
    long heap_peak[3] = { 0 }, rest_peak[3] = { 0 }, sql_mid = 0;
    bool area_seen[5] = { false }, mode_seen[2] = { false }, lang_seen[APP_MAX_LANGS] = { false };
    for (long e = 0; e < events; e++) {
        if (e % 2000 == 0) { /* a new kiosk configuration now and then */
            app_resize(&a, sizes[rnd(3)][0], sizes[rnd(3)][1]);
            if (a.screen == SCREEN_START) {
                snprintf(a.opt.mode, sizeof a.opt.mode, "%s", modes[(e / 2000) % 3]);
                snprintf(a.mode, sizeof a.mode, "%s", a.opt.mode);
                a.dirty = true;
            }
        }
        if (e % 50 == 0 && a.screen == SCREEN_START) snprintf(a.area, sizeof a.area, "%s", areas[rnd(5)]);
        app_layout(&a);
        /* What was on screen before this event, to check what the event did to the answers. */
        int answers_before = a.fl.nanswers;
        char shown_q[FLOW_ID] = "";
        if (a.screen == SCREEN_QUESTION)
            snprintf(shown_q, sizeof shown_q, "%s", decision_str(flow_question(&a.fl, a.fl.current), "id"));
        int x, y;
        if (a.ui.nbuttons > 0 && rnd(4)) { /* mostly on a button, as people do */
            SDL_Rect r = a.ui.buttons[rnd((unsigned)a.ui.nbuttons)].r;
            x = r.x + (int)rnd((unsigned)(r.w > 0 ? r.w : 1));
            y = r.y + (int)rnd((unsigned)(r.h > 0 ? r.h : 1));
        } else {
            x = (int)rnd((unsigned)a.w + 40) - 20;
            y = (int)rnd((unsigned)a.h + 40) - 20;
        }
        switch (rnd(6)) {
        case 0: /* double tap */
            app_tap(&a, x, y, now += 40);
            app_tap(&a, x, y, now += 60);
            break;
        case 1: /* drag */
            app_press(&a, x, y, now += 30);
            app_release(&a, (int)rnd((unsigned)a.w), (int)rnd((unsigned)a.h), now += 200);
            break;
        case 2: /* a long hold, sometimes in the staff corner */
            app_press(&a, rnd(2) ? 5 : x, rnd(2) ? 5 : y, now += 50);
            app_release(&a, rnd(2) ? 5 : x, rnd(2) ? 5 : y, now += 3500);
            break;
        case 3: /* an idle gap */
            now += rnd(10) == 0 ? 125000 : rnd(5000);
            app_tick(&a, now);
            break;
        default:
            app_tap(&a, x, y, now += 350 + rnd(400));
        }
        app_tick(&a, now);
        app_layout(&a);
        const char *why = sc_check(&a);
        if (why) fail_msg("event %ld: %s (screen %s)", e, why, app_screen_name(a.screen));
        screens_seen[a.screen]++;
        if (a.fl.nanswers > answers_before + 1) fail_msg("event %ld added %d answers", e, a.fl.nanswers - answers_before);
        if (a.fl.nanswers == answers_before + 1 && (!shown_q[0] || !flow_answer_of(&a.fl, shown_q)))
            fail_msg("event %ld added an answer, but not to the question on screen ('%s')", e, shown_q);
        if (a.screen == SCREEN_RESULT || a.screen == SCREEN_ESCALATION) {
            for (int i = 0; i < 5; i++) area_seen[i] |= !strcmp(a.area, areas[i]);
            mode_seen[!strcmp(a.mode, "practitioner")] = true;
            for (int i = 0; i < a.nlangs; i++) lang_seen[i] |= !strcmp(a.lang, a.langs[i].code);
        }
        if (a.screen == SCREEN_START || a.screen == SCREEN_NEUTRAL) {
            assert_int_equal(a.tr.nanswers, 0); /* a training session is wiped too */
            assert_null(a.tr.c);
        }
        if (e % 25 == 0) {
            int third = (int)(e * 3 / events);
            long h = live_heap();
            if (h > heap_peak[third]) heap_peak[third] = h;
            bool between = a.screen == SCREEN_START || a.screen == SCREEN_NEUTRAL;
            if (between && h > rest_peak[third]) rest_peak[third] = h;
            if (third == 1 && !sql_mid) sql_mid = (long)sqlite3_memory_used();
        }
        if (a.screen >= SCREEN_TRAIN_SETUP && a.screen <= SCREEN_TRAIN_SCORE) assert_non_null(a.tr.levels);
        if (a.screen == SCREEN_TRAIN_CASE || a.screen == SCREEN_TRAIN_CHOOSE) assert_non_null(a.tr.decision);
    }
    /* Reach is judged on the suite's run and longer ('make valgrind' runs a few hundred events). */
    for (int s = SCREEN_START; s <= SCREEN_ESCALATION && events >= 8000; s++)
        if (!screens_seen[s]) fail_msg("the storm never reached screen %s", app_screen_name((app_screen)s));
    for (int i = 0; i < 5 && events >= 8000; i++) if (!area_seen[i]) fail_msg("no session reached a result in %s", areas[i]);
    for (int i = 0; i < 2 && events >= 8000; i++) if (!mode_seen[i]) fail_msg("no session reached a result in mode %d", i);
    for (int i = 0; i < a.nlangs && events >= 8000; i++)
        if (!lang_seen[i]) fail_msg("no session reached a result in %s", a.langs[i].code);
    print_message("storm: %ld events, %ld sessions logged, %ld training screens\n", events, a.sessions_saved,
                  screens_seen[SCREEN_TRAIN_SETUP] + screens_seen[SCREEN_TRAIN_CASE] + screens_seen[SCREEN_TRAIN_CHOOSE] +
                      screens_seen[SCREEN_TRAIN_FEEDBACK] + screens_seen[SCREEN_TRAIN_SCORE]);
    long sql_grew = (long)sqlite3_memory_used() - sql_mid;
    print_message("storm: live heap at most %ld KiB in the first third, %ld KiB in the middle, %ld KiB in the last;"
                  " between sessions %ld, %ld, %ld KiB; SQLite's own memory grew %ld KiB\n", heap_peak[0] / 1024,
                  heap_peak[1] / 1024, heap_peak[2] / 1024, rest_peak[0] / 1024, rest_peak[1] / 1024, rest_peak[2] / 1024,
                  sql_grew / 1024);
    if (sql_grew < 0) sql_grew = 0;
    if (sql_grew > 4 << 20) sql_grew = 4 << 20; /* its page cache fills to 2 MiB by default; more is ours */
    if (events >= 3000 && (rest_peak[1] == 0 || rest_peak[2] == 0))
        fail_msg("the storm never came back to the start screen in a third");
    if (events >= 3000 && rest_peak[2] > rest_peak[1] + rest_peak[1] / 20 + sql_grew)
        fail_msg("memory grew: between sessions the heap went from %ld KiB to %ld KiB", rest_peak[1] / 1024,
                 rest_peak[2] / 1024);
    app_free(&a);
    text_close(tx);
    TTF_Quit();
    tu_rmrf(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = { cmocka_unit_test(test_touch_storm) };
    return cmocka_run_group_tests_name("storm", tests, NULL, NULL);
}
