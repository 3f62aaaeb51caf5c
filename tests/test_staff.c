/* test_staff.c: the staff side, headless on a virtual clock, with real SQLite
 * files: settings that take effect and are audited, "my judgement differs"
 * stored on the session's row, the statistics screen, the PIN lock across
 * restarts, daily retention, and a full, size-limited or read-only database
 * that never stops the advice. */
#include "testutil.h"

#include <libgen.h>

#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>

#include <SDL_ttf.h>

#include "app.h"
#include "store_private.h"
#include "util.h"

static char dir[256];
static text *TX;
static app A;
static double now = 1e7;

#define PIN "24681357"

static int setup(void **s)
{
    (void)s;
    char err[512];
    tu_tmpdir(dir, sizeof dir, "staff");
    TX = text_open("assets", err, sizeof err);
    if (!TX) fail_msg("%s", err);
    return 0;
}

static int teardown(void **s)
{
    (void)s;
    text_close(TX);
    TTF_Quit();
    tu_rmrf(dir);
    return 0;
}

static void db_path(char *out, size_t n, const char *name) { snprintf(out, n, "%s/%s", dir, name); }

static void start_with(const char *db, const char *rules)
{
    options o;
    options_defaults(&o);
    snprintf(o.db, sizeof o.db, "%s", db);
    if (rules) snprintf(o.rules, sizeof o.rules, "%s", rules);
    app_init(&A, &o, TX, now);
    app_layout(&A);
}

static void start(const char *db) { start_with(db, NULL); }

static void tap_index(int b)
{
    now += 500;
    app_tick(&A, now);
    app_layout(&A);
    SDL_Rect r = A.ui.buttons[b].r;
    app_tap(&A, r.x + r.w / 2, r.y + r.h / 2, now);
    app_layout(&A);
}

/* Taps the button labelled label; false if there is none (for forked children). */
static bool try_tap(const char *label)
{
    app_layout(&A);
    int b = ui_find_button(&A.ui, label);
    if (b < 0) return false;
    tap_index(b);
    return true;
}

static void tap(const char *label)
{
    if (!try_tap(label)) fail_msg("no button '%s' on screen %s", label, app_screen_name(A.screen));
}

static bool has_button(const char *label)
{
    app_layout(&A);
    return ui_find_button(&A.ui, label) >= 0;
}

static void hold_corner(void)
{
    now += 500;
    app_press(&A, 10, 10, now);
    now += 3200;
    app_release(&A, 10, 10, now);
    app_layout(&A);
}

static bool try_pin(const char *pin)
{
    for (const char *c = pin; *c; c++) {
        char k[2] = { *c, 0 };
        if (!try_tap(k)) return false;
    }
    return try_tap("OK");
}

static void staff_in(void)
{
    hold_corner();
    assert_int_equal(A.screen, SCREEN_PIN);
    assert_true(try_pin(PIN));
    assert_int_equal(A.screen, SCREEN_STAFF);
}

/* Answers the flow: the age band "5-11", "yes" to the questions named in yes, "no"
 * (the first answer) to the rest, tapping the buttons as a person would. */
static bool answer_flow(const char *const *yes)
{
    for (int step = 0; A.screen == SCREEN_QUESTION && step < 200; step++) {
        const cJSON *q = flow_question(&A.fl, A.fl.current);
        const char *qid = cJSON_GetObjectItem(q, "id")->valuestring, *want = "no";
        if (!strcmp(qid, "p_age") || !strcmp(qid, "f_age")) want = "5-11";
        for (int i = 0; yes && yes[i]; i++)
            if (!strcmp(qid, yes[i])) want = "yes";
        int pick = 0, i = 0;
        const cJSON *o;
        cJSON_ArrayForEach(o, cJSON_GetObjectItem(q, "options")) {
            if (!strcmp(cJSON_GetObjectItem(o, "id")->valuestring, want)) pick = i;
            i++;
        }
        int b = -1;
        for (int k = 0; k < A.ui.nbuttons; k++)
            if (A.ui.buttons[k].action == ACT_ANSWER && A.ui.buttons[k].arg == pick) b = k;
        if (b < 0) return false;
        tap_index(b);
    }
    if (A.screen == SCREEN_CHECK) return try_tap("See the result");
    return A.screen == SCREEN_ESCALATION;
}

static bool session(const char *who, const char *const *yes)
{
    return try_tap(who) && answer_flow(yes) && (A.screen == SCREEN_RESULT || A.screen == SCREEN_ESCALATION);
}

static const char *const RED_FLAG[] = { "p_rf_danger", "f_rf_danger", NULL };
static const char *const SELF_HARM[] = { "p_emotional", "p_emo_self_harm", NULL };

static int count_rows(const char *db, const char *sql)
{
    sqlite3 *h;
    sqlite3_stmt *st;
    int n = -1;
    if (sqlite3_open(db, &h) == SQLITE_OK && sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(h);
    return n;
}

/* Every text inside the screen, no paragraph clipped, no two buttons overlapping. */
static void assert_fits(const char *where)
{
    for (int i = 0; i < A.ui.ncmds; i++) {
        const ui_cmd *c = &A.ui.cmds[i];
        if (c->kind == UI_TEXT && (c->r.x < 0 || c->r.y < 0 || c->r.x + c->r.w > A.w || c->r.y + c->r.h > A.h))
            fail_msg("%s: text '%s' leaves the %dx%d screen", where, ui_str(&A.ui, c->text), A.w, A.h);
    }
    for (int i = 0; i < A.ui.nblocks; i++)
        if (A.ui.blocks[i].clipped) fail_msg("%s: '%s' does not fit its box", where, ui_str(&A.ui, A.ui.blocks[i].text));
    for (int i = 0; i < A.ui.nbuttons; i++) {
        SDL_Rect r = A.ui.buttons[i].r;
        if (r.x < 0 || r.y < 0 || r.x + r.w > A.w || r.y + r.h > A.h || r.h < 44)
            fail_msg("%s: button '%s' at %d,%d %dx%d", where, ui_str(&A.ui, A.ui.buttons[i].label), r.x, r.y, r.w, r.h);
        for (int k = 0; k < i; k++)
            if (SDL_HasIntersection(&r, &A.ui.buttons[k].r))
                fail_msg("%s: buttons '%s' and '%s' overlap", where, ui_str(&A.ui, A.ui.buttons[i].label),
                         ui_str(&A.ui, A.ui.buttons[k].label));
    }
    assert_false(A.ui.full);
}

/* ---- settings ---- */

static void test_settings_take_effect_and_are_audited(void **state)
{
    (void)state;
    char db[400];
    db_path(db, sizeof db, "settings.db");
    start(db);
    staff_in();
    /* A reception kiosk: family only. The start screen no longer offers the rest. */
    tap("Modes offered: family and practitioner");
    assert_true(has_button("Modes offered: family only"));
    tap("Done");
    assert_int_equal(A.screen, SCREEN_START);
    assert_true(has_button("I'm a parent or carer"));
    assert_false(has_button("I'm a professional"));
    app_act(&A, ACT_MODE, 1, now += 500); /* even asked directly */
    assert_int_equal(A.screen, SCREEN_START);
    /* Practitioner only: the default follows, and the start screen has no Quick exit. */
    staff_in();
    tap("Modes offered: family only");
    assert_true(has_button("Modes offered: practitioner only"));
    assert_true(has_button("Default mode: practitioner"));
    tap("Done");
    assert_false(has_button("I'm a parent or carer"));
    assert_false(has_button("Quick exit"));
    assert_true(has_button("I'm a professional"));
    /* Both again; then family by default, large text, high contrast, another language. */
    staff_in();
    tap("Modes offered: practitioner only");
    tap("Default mode: practitioner");
    assert_true(has_button("Default mode: family"));
    tap("Text size: standard");
    tap("Theme: standard");
    tap("Default language: English");
    char lang[8];
    snprintf(lang, sizeof lang, "%s", A.opt.lang);
    assert_string_not_equal(lang, "en");
    tap("Done");
    assert_true(A.large_text);
    assert_ptr_equal(A.th, &theme_high_contrast);
    assert_string_equal(A.lang, lang);
    assert_true(has_button(app_s(&A, "ui.quick_exit")));
    /* A person changes them for themselves; the next person gets the kiosk's again. */
    app_act(&A, ACT_TEXT_SIZE, 0, now += 500);
    app_act(&A, ACT_THEME, 0, now += 500);
    for (int i = 0; i < A.nlangs; i++)
        if (!strcmp(A.langs[i].code, "en")) app_act(&A, ACT_LANG, i, now += 500);
    assert_false(A.large_text);
    assert_true(session("I'm a parent or carer", RED_FLAG));
    app_act(&A, ACT_ESC_DONE, 0, now += 500);
    assert_int_equal(A.screen, SCREEN_START);
    assert_true(A.large_text);
    assert_ptr_equal(A.th, &theme_high_contrast);
    assert_string_equal(A.lang, lang);
    app_free(&A);
    /* They outlive a restart. */
    start(db);
    assert_true(A.large_text);
    assert_ptr_equal(A.th, &theme_high_contrast);
    assert_string_equal(A.lang, lang);
    assert_string_equal(A.offer, "family,practitioner");
    assert_string_equal(A.opt.mode, "family");
    app_free(&A);
    /* Every change has its audit line; none holds the PIN. */
    static const char *lines[] = { "modes offered set to family only", "modes offered set to practitioner only",
                                   "default mode set to practitioner (the only mode offered)",
                                   "modes offered set to family and practitioner", "default mode set to family",
                                   "text size set to large", "theme set to high contrast", "default language set to" };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        char sql[200];
        snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM audit WHERE what LIKE '%s%%' AND at LIKE '20%%Z'", lines[i]);
        if (count_rows(db, sql) != 1) fail_msg("no audit line '%s'", lines[i]);
    }
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM audit WHERE what LIKE '%" PIN "%'"), 0);
}

/* ---- my judgement differs ---- */

static void test_judgement_kept_on_the_session_row(void **state)
{
    (void)state;
    char db[400];
    db_path(db, sizeof db, "judge.db");
    start(db);
    assert_true(session("I'm a professional", SELF_HARM));
    assert_int_equal(A.screen, SCREEN_RESULT);
    int level = cJSON_GetObjectItem(A.decision, "continuum_level")->valueint;
    assert_int_equal(level, 3);
    const char *kiosk_label = cJSON_GetObjectItem(A.decision, "local_level_label")->valuestring;
    char label[200];
    snprintf(label, sizeof label, "%s", kiosk_label);
    tap("My judgement differs");
    assert_int_equal(A.screen, SCREEN_JUDGE);
    assert_false(has_button("Level 3")); /* the kiosk's own level is not a choice */
    assert_true(has_button("Level 1") && has_button("2a (level 2)") && has_button("Level 4"));
    tap("Choose a level and a reason"); /* not ready: nothing happens */
    assert_int_equal(A.screen, SCREEN_JUDGE);
    tap("2b (level 2)");
    tap("Strengths or support around the family");
    tap("Save my judgement");
    assert_int_equal(A.screen, SCREEN_RESULT);
    assert_true(ui_shows(&A.ui, "Your judgement is recorded: 2b (level 2), because: Strengths or support"));
    /* The advice is what the rules said. */
    assert_int_equal(cJSON_GetObjectItem(A.decision, "continuum_level")->valueint, 3);
    assert_true(ui_shows(&A.ui, label));
    assert_true(has_button("Change my judgement"));
    /* One row, the judgement on it, with the rule that set the level. */
    const char *rule = "";
    const cJSON *r;
    cJSON_ArrayForEach(r, cJSON_GetObjectItem(A.decision, "reasons"))
        if (!*rule && cJSON_GetObjectItem(r, "level")->valueint == 3) rule = cJSON_GetObjectItem(r, "rule")->valuestring;
    assert_true(*rule);
    char sql[400];
    snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM sessions WHERE judged_level = 2 AND judged_local_level = '2b' AND "
                              "judged_reason = 'strengths' AND judged_driver = '%s' AND continuum_level = 3", rule);
    tap("Finish");
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM sessions"), 1);
    assert_int_equal(count_rows(db, sql), 1);
    /* A family never sees it, and cannot reach it. */
    assert_true(session("I'm a parent or carer", NULL));
    assert_int_equal(A.screen, SCREEN_RESULT);
    assert_false(has_button("My judgement differs"));
    app_act(&A, ACT_JUDGE_OPEN, 0, now += 500);
    assert_int_equal(A.screen, SCREEN_RESULT);
    tap(app_s(&A, "ui.result.finish"));
    /* Left on the judgement screen, it is wiped like any session, and nothing is added. */
    assert_true(session("I'm a professional", NULL));
    tap("My judgement differs");
    tap("Level 4");
    for (int i = 0; i < 130; i++) {
        now += 1000;
        app_tick(&A, now);
    }
    assert_int_equal(A.screen, SCREEN_START);
    assert_int_equal(A.judge_level, -1);
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM sessions WHERE judged_level IS NOT NULL"), 1);
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM sessions"), 3);
    app_free(&A);
}

/* ---- the statistics screen ---- */

static uint32_t level_color_std[] = { 0x28a197ff, 0x4c2c92ff, 0xf47738ff, 0x942514ff };

static int rects_of(uint32_t color)
{
    int n = 0;
    for (int i = 0; i < A.ui.ncmds; i++)
        if (A.ui.cmds[i].kind == UI_RECT && A.ui.cmds[i].color == color) n++;
    return n;
}

static void add_session(store *s, long days_ago, int level, const char *mode, const char *esc, const char *route)
{
    char err[256];
    store_session r = { .when = time(NULL) - days_ago * 86400, .area = "kingston-richmond", .mode = mode,
                        .lang = "en", .continuum_level = level, .local_level = "x", .route_id = route,
                        .escalation = esc, .rules_version = "v" };
    assert_int_equal(store_save(s, &r, err, sizeof err), 0);
}

static void test_statistics_screen(void **state)
{
    (void)state;
    char db[400], err[256];
    db_path(db, sizeof db, "stats.db");
    store *s = store_open(db, err, sizeof err);
    add_session(s, 1, 1, "family", NULL, "kr.l1.5-11");
    add_session(s, 2, 2, "family", NULL, "kr.l2a.5-11");
    add_session(s, 3, 2, "family", NULL, "kr.l2a.5-11");
    add_session(s, 8, 3, "practitioner", NULL, "kr.l3");
    store_judgement j = { 2, "2b", "history", "health.self_harm" };
    assert_int_equal(store_judge(s, store_last_session(s), &j, err, sizeof err), 0);
    add_session(s, 9, 3, "practitioner", NULL, "kr.l3");
    add_session(s, 10, 4, "practitioner", "emergency", "kr.l4");
    add_session(s, 60, 4, "family", "tell_staff", "kr.l4"); /* outside the last 4 weeks */
    /* Two training cases decided: the level right once, the first action right both times. */
    store_training_row t1 = { time(NULL) - 86400, "kingston-richmond", "case-a", 3, 3, "3", "3", "csc", "csc", "v" };
    store_training_row t2 = { time(NULL) - 86400, "kingston-richmond", "case-b", 2, 3, "2a", "3", "csc", "csc", "v" };
    assert_int_equal(store_training_save(s, &t1, err, sizeof err), 0);
    assert_int_equal(store_training_save(s, &t2, err, sizeof err), 0);
    store_close(s);
    start(db);
    app_resize(&A, 1280, 800);
    /* Staff set a PIN at install: first sign-in sets it. */
    staff_in();
    tap("Statistics");
    assert_int_equal(A.screen, SCREEN_STATS);
    assert_true(ui_shows(&A.ui, "Database: working"));
    assert_true(ui_shows(&A.ui, "Sessions per week, by level"));
    assert_true(ui_shows(&A.ui, "Sessions: 6"));
    assert_true(ui_shows(&A.ui, "Families: 3 (50%)"));
    assert_true(ui_shows(&A.ui, "Practitioners: 3 (50%)"));
    assert_true(ui_shows(&A.ui, "Call 999 now: 1"));
    assert_true(ui_shows(&A.ui, "Told staff now: 0"));
    /* Routes and rules in words, never by id (issue 21). */
    assert_true(ui_shows(&A.ui, "Early Help Partnership Tool"));
    assert_false(ui_shows(&A.ui, "kr.l2a"));
    assert_true(ui_shows(&A.ui, "Level 3: 1 of 2 agree (50%); higher 0, lower 1"));
    assert_true(ui_shows(&A.ui, "Rule Self-harm that is repeated"));
    assert_false(ui_shows(&A.ui, "health.self_harm"));
    assert_true(ui_shows(&A.ui, "Why: History or past concerns"));
    assert_true(ui_shows(&A.ui, "Training scores"));
    assert_true(ui_shows(&A.ui, "Cases decided: 2"));
    assert_true(ui_shows(&A.ui, "Level as the rules: 50%"));
    assert_true(ui_shows(&A.ui, "First action as the rules: 100%"));
    assert_true(ui_shows(&A.ui, "Hardest: case-b (0% right)"));
    assert_true(ui_shows(&A.ui, "Level 2: 2"));
    /* Stacked bars: one segment a week and level with sessions. */
    assert_true(rects_of(level_color_std[0]) >= 2); /* a bar segment and the legend */
    assert_true(rects_of(level_color_std[2]) >= 2);
    assert_int_equal(rects_of(level_color_std[3]), 2);
    /* A longer range takes in the older session. */
    tap("Last 12 weeks");
    assert_true(ui_shows(&A.ui, "Sessions: 7"));
    assert_true(ui_shows(&A.ui, "Told staff now: 1"));
    assert_int_equal(rects_of(level_color_std[3]), 3);
    static const int sizes[][2] = { { 1280, 800 }, { 1920, 1080 }, { 1080, 1920 } };
    for (int k = 0; k < 3; k++) {
        app_resize(&A, sizes[k][0], sizes[k][1]);
        for (int r = 0; r < 4; r++) {
            app_act(&A, ACT_STATS_RANGE, r, now += 500);
            app_layout(&A);
            char where[64];
            snprintf(where, sizeof where, "stats %dx%d range %d", sizes[k][0], sizes[k][1], r);
            assert_fits(where);
        }
        app_act(&A, ACT_STATS_DONE, 0, now += 500);
        app_layout(&A);
        assert_fits("staff");
        app_act(&A, ACT_STAFF_STATS, 0, now += 500);
    }
    tap("Done");
    assert_int_equal(A.screen, SCREEN_STAFF);
    tap("Done");
    app_free(&A);
    /* The same numbers for a data team, from the program built beside this test (build/ or build/asan/). */
    char cmd[1400], self[512], bin[600];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    assert_true(n > 0);
    self[n] = 0;
    snprintf(bin, sizeof bin, "%s/../righthelp", dirname(self));
    snprintf(cmd, sizeof cmd, "%s stats --db '%s' --csv | grep -q '^agreement_by_level,\"3/differs\",1,$'", bin, db);
    assert_int_equal(tu_sh("%s", cmd), 0);
    snprintf(cmd, sizeof cmd, "%s stats --db '%s' --json | grep -q '\"health.self_harm\":.*1'", bin, db);
    assert_int_equal(tu_sh("%s", cmd), 0);
}

/* Judgement and staff screens fit at every size too. */
static void test_judgement_screen_fits(void **state)
{
    (void)state;
    static const int sizes[][2] = { { 1280, 800 }, { 1920, 1080 }, { 1080, 1920 } };
    char db[400];
    db_path(db, sizeof db, "fit.db");
    start(db);
    for (int k = 0; k < 3; k++) {
        app_resize(&A, sizes[k][0], sizes[k][1]);
        assert_true(session("I'm a professional", SELF_HARM));
        assert_fits("practitioner result");
        tap("My judgement differs");
        assert_fits("judgement");
        tap("Level 4");
        tap("What the child or family told me");
        assert_fits("judgement chosen");
        tap("Save my judgement");
        assert_fits("result with judgement");
        tap("Finish");
    }
    app_free(&A);
}

/* ---- the PIN ---- */

static bool file_holds(const char *path, const char *needle)
{
    char err[256];
    size_t len = 0;
    char *bytes = util_read_file(path, &len, err, sizeof err);
    bool found = false;
    for (size_t i = 0; bytes && i + strlen(needle) <= len; i++)
        if (!memcmp(bytes + i, needle, strlen(needle))) found = true;
    free(bytes);
    return found;
}

static void test_pin_lock_survives_restart(void **state)
{
    (void)state;
    char db[400], log[400], wal[420];
    db_path(db, sizeof db, "lock.db");
    db_path(log, sizeof log, "lock.log");
    snprintf(wal, sizeof wal, "%s-wal", db);
    /* The kiosk's log is stderr: keep it in a file to look for the PIN. */
    fflush(stderr);
    int saved_err = dup(2);
    FILE *lf = freopen(log, "w", stderr);
    assert_non_null(lf);
    start(db);
    staff_in(); /* sets the PIN */
    tap("Done");
    hold_corner();
    for (int i = 0; i < 5; i++) assert_true(try_pin("1111"));
    assert_true(ui_shows(&A.ui, "That PIN is not right."));
    app_free(&A);
    /* Restarting does not lift the lock. */
    start(db);
    assert_int_equal(A.lock.wrong, 5);
    hold_corner();
    assert_true(try_pin(PIN));
    assert_int_equal(A.screen, SCREEN_PIN);
    assert_true(ui_shows(&A.ui, "Too many wrong tries"));
    now += 31000;
    assert_true(try_pin("1111")); /* a sixth wrong try: the lock doubles */
    assert_true(A.lock.until_ms - now > 55000);
    app_free(&A);
    start(db);
    assert_true(A.lock.until_ms - now > 50000);
    hold_corner();
    assert_true(try_pin(PIN));
    assert_int_equal(A.screen, SCREEN_PIN);
    now += 61000;
    assert_true(try_pin(PIN));
    assert_int_equal(A.screen, SCREEN_STAFF);
    app_free(&A);
    start(db);
    assert_int_equal(A.lock.wrong, 0); /* the right PIN clears it for good */
    app_free(&A);
    fflush(stderr);
    dup2(saved_err, 2);
    close(saved_err);
    /* The PIN is nowhere: not in the database, its WAL, or the log; the log did record the tries. */
    assert_true(file_holds(log, "staff PIN: wrong try 5"));
    assert_false(file_holds(log, PIN));
    assert_false(file_holds(db, PIN));
    assert_false(file_holds(wal, PIN));
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM audit WHERE what LIKE 'staff PIN: wrong try%'"), 6);
}

/* ---- retention ---- */

static void test_retention_runs_daily_between_sessions(void **state)
{
    (void)state;
    char db[400];
    db_path(db, sizeof db, "retain.db");
    start(db);
    const char *old = "INSERT INTO sessions (hour, area, mode, lang, continuum_level, local_level, route_id,"
                      " rules_version) VALUES ('2001-01-01T10:00Z', 'sutton', 'family', 'en', 1, '1', 'r', 'v')";
    sqlite3 *h;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    assert_int_equal(sqlite3_exec(h, old, NULL, NULL, NULL), SQLITE_OK);
    /* Less than a day: the row stays. */
    for (int i = 0; i < 23; i++) app_tick(&A, now += 3600 * 1000.0);
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM sessions"), 1);
    /* During a session nothing runs, even when the day has passed. */
    assert_true(try_tap("I'm a parent or carer"));
    app_tick(&A, now += 3600 * 1000.0 + 1000);
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM sessions"), 1);
    /* Back on the start screen (the idle wipe), the daily run deletes it. */
    for (int i = 0; i < 200 && A.screen != SCREEN_START; i++) app_tick(&A, now += 1000);
    assert_int_equal(A.screen, SCREEN_START);
    app_tick(&A, now += 1000);
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM sessions"), 0);
    /* And the next day again, not before. */
    assert_int_equal(sqlite3_exec(h, old, NULL, NULL, NULL), SQLITE_OK);
    app_tick(&A, now += 3600 * 1000.0);
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM sessions"), 1);
    app_tick(&A, now += 24 * 3600 * 1000.0);
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM sessions"), 0);
    sqlite3_close(h);
    app_free(&A);
}

/* ---- a full disk, a file-size limit, a read-only database, a corrupt one ---- */

static void test_full_database_advice_goes_on(void **state)
{
    (void)state;
    char db[400], sql[96];
    db_path(db, sizeof db, "full.db");
    start(db);
    staff_in(); /* the PIN goes in while there is room */
    tap("Done");
    sqlite3 *h = store_db(A.st);
    sqlite3_stmt *st;
    sqlite3_prepare_v2(h, "PRAGMA page_count", -1, &st, NULL);
    sqlite3_step(st);
    snprintf(sql, sizeof sql, "PRAGMA max_page_count = %d", sqlite3_column_int(st, 0));
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
    /* Whatever room is left in the last pages fills up (with sessions from before). */
    const char *fill = "INSERT INTO sessions (hour, area, mode, lang, continuum_level, local_level, route_id,"
                       " rules_version) VALUES ('2026-01-01T10:00Z', 'sutton', 'family', 'en', 1, '1', 'r', 'v')";
    int filled = 0;
    while (filled < 100000 && sqlite3_exec(h, fill, NULL, NULL, NULL) == SQLITE_OK) filled++;
    assert_int_equal(sqlite3_errcode(h), SQLITE_FULL);
    int before = count_rows(db, "SELECT COUNT(*) FROM sessions");
    /* A family session that finds no problem: its advice, not logged. */
    assert_true(session("I'm a parent or carer", NULL));
    assert_int_equal(A.screen, SCREEN_RESULT);
    app_act(&A, ACT_FINISH, 0, now += 500);
    assert_int_equal(A.sessions_lost, 1);
    assert_true(session("I'm a parent or carer", RED_FLAG)); /* a red flag still escalates */
    assert_int_equal(A.screen, SCREEN_ESCALATION);
    assert_true(ui_shows(&A.ui, "999"));
    app_act(&A, ACT_ESC_DONE, 0, now += 500);
    assert_int_equal(A.sessions_lost, 2);
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM sessions"), before + A.sessions_saved);
    /* Staff are told, on the staff screen and the statistics screen. */
    staff_in();
    assert_true(ui_shows(&A.ui, "2 finished sessions were not logged"));
    assert_true(ui_shows(&A.ui, "database or disk is full"));
    tap("Statistics");
    assert_true(ui_shows(&A.ui, "not logged"));
    app_free(&A);
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
}

#define CHILD_CHECK(c)                                                                   \
    do {                                                                                 \
        if (!(c)) {                                                                      \
            fprintf(stderr, "child: %s:%d: %s\n", __FILE__, __LINE__, #c);               \
            _exit(1);                                                                    \
        }                                                                                \
    } while (0)

/* Runs fn in a child process (it may drop privileges or limit itself); its exit status. */
static int in_child(void (*fn)(const char *), const char *arg)
{
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        fn(arg);
        _exit(0);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

/* A file-size limit makes real writes fall short (EFBIG) in the middle of a WAL
 * append, as a filling disk does: the kiosk keeps advising and keeps going. */
static void size_limited(const char *db)
{
    start(db);
    struct stat st;
    char wal[420];
    snprintf(wal, sizeof wal, "%s-wal", db);
    off_t biggest = stat(wal, &st) == 0 ? st.st_size : 0;
    if (stat(db, &st) == 0 && st.st_size > biggest) biggest = st.st_size;
    signal(SIGXFSZ, SIG_IGN); /* as the kiosk does */
    /* Room for a few sessions: each writes its row and three index pages to the WAL. */
    struct rlimit rl = { (rlim_t)biggest + 64 * 1024, (rlim_t)biggest + 64 * 1024 };
    CHILD_CHECK(setrlimit(RLIMIT_FSIZE, &rl) == 0);
    for (int i = 0; i < 200 && A.sessions_lost < 3; i++) {
        CHILD_CHECK(session("I'm a parent or carer", i % 2 ? RED_FLAG : NULL));
        CHILD_CHECK(A.decision != NULL);
        app_act(&A, i % 2 ? ACT_ESC_DONE : ACT_FINISH, 0, now += 500);
        CHILD_CHECK(A.screen == SCREEN_START);
    }
    CHILD_CHECK(A.sessions_lost == 3);
    CHILD_CHECK(A.sessions_saved > 0);
    CHILD_CHECK(A.store_error[0]);
    long saved = A.sessions_saved; /* the parent counts the rows: say how many were saved */
    CHILD_CHECK(saved < 200);
    app_free(&A);
    _exit((int)saved + 10);
}

static void test_file_size_limit_advice_goes_on(void **state)
{
    (void)state;
    char db[400];
    db_path(db, sizeof db, "fsize.db");
    int code = in_child(size_limited, db);
    if (code < 11 || code >= 210) fprintf(stderr, "size-limited child exited %d\n", code);
    assert_true(code >= 11 && code < 210);
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM sessions"), code - 10);
}

/* The kiosk runs as its own user; a database it may only read (or a read-only
 * mount) still lets staff in, still advises, and says sessions are not logged. */
static void read_only(const char *db)
{
    if (getuid() == 0) CHILD_CHECK(setgid(65534) == 0 && setuid(65534) == 0); /* as the kiosk's user, not root */
    char rules[400];
    snprintf(rules, sizeof rules, "%s/rules", dir);
    start_with(db, rules);
    CHILD_CHECK(A.st != NULL);
    CHILD_CHECK(strstr(A.store_error, "read-only") != NULL);
    CHILD_CHECK(session("I'm a professional", RED_FLAG));
    CHILD_CHECK(A.screen == SCREEN_ESCALATION);
    CHILD_CHECK(A.sessions_lost == 1 && A.sessions_saved == 0);
    app_act(&A, ACT_ESC_DONE, 0, now += 500);
    CHILD_CHECK(A.screen == SCREEN_RESULT);
    CHILD_CHECK(try_tap("Finish"));
    hold_corner();
    CHILD_CHECK(try_pin(PIN));
    CHILD_CHECK(A.screen == SCREEN_STAFF);
    CHILD_CHECK(ui_shows(&A.ui, "1 finished session was not logged"));
    CHILD_CHECK(ui_shows(&A.ui, "readonly"));
    CHILD_CHECK(try_tap("Statistics"));
    CHILD_CHECK(ui_shows(&A.ui, "Sessions: 1")); /* the one written before it became read-only */
    app_free(&A);
}

static void test_read_only_database_advice_goes_on(void **state)
{
    (void)state;
    char db[420], ro[300], rules[400];
    snprintf(ro, sizeof ro, "%s/ro", dir);
    assert_int_equal(mkdir(ro, 0755), 0);
    snprintf(db, sizeof db, "%s/kiosk.db", ro);
    tu_copy_pack(dir, rules, sizeof rules); /* readable by the kiosk's user */
    start(db);
    staff_in();
    tap("Done");
    assert_true(session("I'm a parent or carer", NULL));
    tap(app_s(&A, "ui.result.finish"));
    app_free(&A);
    assert_int_equal(tu_sh("chmod 0755 '%s' && chmod -R a+rX '%s' && chmod 0444 '%s' && chmod 0555 '%s'", dir, rules, db,
                           ro),
                     0);
    int code = in_child(read_only, db);
    tu_sh("chmod 0755 '%s'", ro);
    assert_int_equal(code, 0);
    assert_int_equal(count_rows(db, "SELECT COUNT(*) FROM sessions"), 1);
}

static void test_corrupt_database_reported_on_statistics(void **state)
{
    (void)state;
    char db[400];
    db_path(db, sizeof db, "corrupt.db");
    tu_write(db, "not a database: a disk that lost its blocks");
    start(db);
    assert_true(session("I'm a parent or carer", RED_FLAG)); /* advice first */
    app_act(&A, ACT_ESC_DONE, 0, now += 500);
    staff_in(); /* the fresh database asks for a new PIN */
    tap("Statistics");
    assert_true(ui_shows(&A.ui, "not a database"));
    assert_true(ui_shows(&A.ui, "moved to"));
    assert_true(ui_shows(&A.ui, "Sessions: 1"));
    app_free(&A);
}

/* A file damaged inside (its header still reads) is found by the integrity check the first tick
 * runs, after the start screen is shown: moved aside, a new database, and staff are told. */
static void test_damaged_database_found_after_the_start(void **state)
{
    (void)state;
    char db[400], err[512];
    db_path(db, sizeof db, "damaged.db");
    store *st = store_open(db, err, sizeof err);
    assert_non_null(st);
    store_session row = { .when = 1700003599, .area = "sutton", .mode = "family", .lang = "en",
                          .continuum_level = 2, .local_level = "x", .route_id = "su.l1", .rules_version = "abc" };
    for (int i = 0; i < 3000; i++) assert_int_equal(store_save(st, &row, err, sizeof err), 0);
    store_close(st);
    assert_int_equal(tu_damage_pages(db), 0);
    start(db);
    assert_int_equal(A.screen, SCREEN_START);
    assert_true(store_unverified(A.st));
    assert_string_equal(A.store_error, "");
    app_tick(&A, now += 10);
    assert_false(store_unverified(A.st));
    if (!strstr(A.store_error, "moved to")) fail_msg("store_error: '%s'", A.store_error);
    assert_true(session("I'm a parent or carer", RED_FLAG)); /* and the next session is kept */
    assert_int_equal(A.sessions_saved, 1);
    app_free(&A);
    assert_int_equal(tu_sh("ls '%s'.corrupt-* >/dev/null", db), 0);
}

/* ---- random taps on the staff screens ---- */

static unsigned long seed = 7;
static unsigned rnd(unsigned n)
{
    seed = seed * 6364136223846793005ul + 1442695040888963407ul;
    return (unsigned)((seed >> 33) % n);
}

static void test_staff_screens_storm(void **state)
{
    (void)state;
    char db[400];
    db_path(db, sizeof db, "storm.db");
    start(db);
    /* This storm is about the screens, not durability: no fsync per tap (the suite's time). */
    assert_int_equal(sqlite3_exec(store_db(A.st), "PRAGMA synchronous=OFF", NULL, NULL, NULL), SQLITE_OK);
    staff_in();
    int seen[SCREEN_JUDGE + 1] = { 0 };
    for (int e = 0; e < 800; e++) {
        if (e % 400 == 0) app_resize(&A, e ? 1080 : 1280, e ? 1920 : 800);
        app_layout(&A);
        if (A.screen == SCREEN_START) {
            if (rnd(3) == 0) { /* a PIN check costs an Argon2id hash: not every time */
                staff_in();
            } else {
                assert_true(session("I'm a professional", rnd(2) ? SELF_HARM : NULL) || A.screen == SCREEN_START);
                if (A.screen == SCREEN_ESCALATION) app_act(&A, ACT_ESC_DONE, 0, now += 500);
                if (A.screen == SCREEN_RESULT) try_tap("My judgement differs");
            }
            continue;
        }
        int b = (int)rnd((unsigned)A.ui.nbuttons);
        if (A.ui.buttons[b].action == ACT_STAFF_RELOAD) continue; /* a second each: covered in test_app */
        tap_index(b);
        app_layout(&A);
        assert_false(A.ui.full);
        assert_true(A.screen <= SCREEN_JUDGE);
        if (A.screen == SCREEN_JUDGE) assert_non_null(A.decision);
        seen[A.screen]++;
    }
    assert_true(seen[SCREEN_STAFF] > 0 && seen[SCREEN_STATS] > 0 && seen[SCREEN_JUDGE] > 0);
    app_free(&A);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_settings_take_effect_and_are_audited),
        cmocka_unit_test(test_judgement_kept_on_the_session_row),
        cmocka_unit_test(test_statistics_screen),
        cmocka_unit_test(test_judgement_screen_fits),
        cmocka_unit_test(test_pin_lock_survives_restart),
        cmocka_unit_test(test_retention_runs_daily_between_sessions),
        cmocka_unit_test(test_full_database_advice_goes_on),
        cmocka_unit_test(test_file_size_limit_advice_goes_on),
        cmocka_unit_test(test_read_only_database_advice_goes_on),
        cmocka_unit_test(test_corrupt_database_reported_on_statistics),
        cmocka_unit_test(test_damaged_database_found_after_the_start),
        cmocka_unit_test(test_staff_screens_storm),
    };
    return cmocka_run_group_tests_name("staff", tests, setup, teardown);
}
