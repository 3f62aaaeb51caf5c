/* test_training.c: training mode (issue 8): every case's answers give its
 * stated level through rules_decide, the kiosk's own path, in every area; the
 * library covers the levels, age bands and contexts it promises; the linter
 * refuses a case whose level no longer matches; a session keeps score; and
 * answers are stored anonymously and counted on a real SQLite file. */
#include "testutil.h"

#include <sqlite3.h>
#include <time.h>

#include "decision.h"
#include "lint.h"
#include "rules.h"
#include "store.h"
#include "training.h"

static char dir[256];
static rules *R;

static int setup(void **s)
{
    (void)s;
    char err[1024];
    tu_tmpdir(dir, sizeof dir, "training");
    R = rules_open("rules", NULL, err, sizeof err);
    if (!R) fail_msg("%s", err);
    return 0;
}

static int teardown(void **s)
{
    (void)s;
    rules_close(R);
    tu_rmrf(dir);
    return 0;
}

static cJSON *call1(const char *fn, const char *arg)
{
    char err[1024];
    cJSON *args = cJSON_CreateArray();
    if (arg) cJSON_AddItemToArray(args, cJSON_CreateString(arg));
    cJSON *res = rules_call(R, fn, args, err, sizeof err);
    cJSON_Delete(args);
    if (!res) fail_msg("%s", err);
    return res;
}

static bool has_long_digit_run(const char *s)
{
    int run = 0;
    for (; *s; s++) {
        run = (*s >= '0' && *s <= '9') ? run + 1 : (*s == ' ' && run ? run : 0);
        if (run >= 6) return true;
    }
    return false;
}

/* Every case, in every area: rules_decide gives the stated level, and a route. */
static void test_every_case_gives_its_level_in_every_area(void **state)
{
    (void)state;
    char err[1024];
    cJSON *list = call1("rh_training_list", NULL), *areas = rules_areas(R, err, sizeof err);
    assert_non_null(areas);
    assert_true(cJSON_GetArraySize(list) >= 30);
    int by_level[5] = { 0 }, checked = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, list) {
        const char *id = decision_str(c, "id");
        cJSON *tc = call1("rh_training_case", id);
        int expect = cJSON_GetObjectItem(tc, "expect")->valueint;
        assert_true(expect >= 1 && expect <= 4);
        by_level[expect]++;
        assert_true(cJSON_GetArraySize(cJSON_GetObjectItem(tc, "teaching")) >= 1);
        assert_true(strlen(decision_str(tc, "story")) > 150);
        if (has_long_digit_run(decision_str(tc, "story"))) fail_msg("%s: a number like a phone number in the story", id);
        const cJSON *tp;
        cJSON_ArrayForEach(tp, cJSON_GetObjectItem(tc, "teaching"))
            if (has_long_digit_run(tp->valuestring)) fail_msg("%s: a number like a phone number in a teaching point", id);
        const cJSON *ar;
        cJSON_ArrayForEach(ar, areas) {
            const char *area = decision_str(ar, "id");
            cJSON *d = rules_decide(R, area, "practitioner", cJSON_GetObjectItem(tc, "answers"), "en", err, sizeof err);
            if (!d) fail_msg("%s in %s: %s", id, area, err);
            if (decision_level(d) != expect)
                fail_msg("%s in %s: the rules give level %d, the case expects %d", id, area, decision_level(d), expect);
            if (cJSON_GetArraySize(cJSON_GetObjectItem(d, "route")) == 0) fail_msg("%s in %s: no route", id, area);
            if (expect == 4 && !decision_escalation(d)) fail_msg("%s in %s: level 4 without an escalation", id, area);
            cJSON_Delete(d);
            checked++;
        }
        cJSON_Delete(tc);
    }
    for (int l = 1; l <= 4; l++)
        if (by_level[l] < 4) fail_msg("only %d cases at level %d", by_level[l], l);
    assert_true(checked >= 30 * 5);
    cJSON_Delete(list);
    cJSON_Delete(areas);
}

/* The library covers every age band the rules have and the contexts the issue names. */
static void test_library_covers_ages_and_contexts(void **state)
{
    (void)state;
    static const char *bands[] = { "prebirth", "0-5", "5-11", "11-19", "19-25" };
    static const char *contexts[] = { "neglect", "domestic abuse", "parental mental health", "parental substance",
                                      "exploitation", "SEND", "young carer", "private fostering", "housing",
                                      "perinatal", "adolescents", "declined early help", "hidden", "cumulative",
                                      "strengths", "red flag" };
    int nb[5] = { 0 }, nc[sizeof contexts / sizeof *contexts] = { 0 };
    cJSON *list = call1("rh_training_list", NULL);
    const cJSON *c;
    cJSON_ArrayForEach(c, list) {
        cJSON *tc = call1("rh_training_case", decision_str(c, "id"));
        const char *age = decision_str(cJSON_GetObjectItem(tc, "answers"), "p_age");
        for (int i = 0; i < 5; i++) nb[i] += !strcmp(age, bands[i]);
        const cJSON *t;
        cJSON_ArrayForEach(t, cJSON_GetObjectItem(tc, "contexts"))
            for (size_t i = 0; i < sizeof contexts / sizeof *contexts; i++) nc[i] += !strcmp(t->valuestring, contexts[i]);
        cJSON_Delete(tc);
    }
    for (int i = 0; i < 5; i++) if (!nb[i]) fail_msg("no case for age band %s", bands[i]);
    for (size_t i = 0; i < sizeof contexts / sizeof *contexts; i++)
        if (!nc[i]) fail_msg("no case with context '%s'", contexts[i]);
    cJSON_Delete(list);
}

/* A threshold change that moves a case is caught by 'check' (and so by reload). */
static void test_linter_refuses_a_case_that_moved(void **state)
{
    (void)state;
    char pack[400];
    tu_copy_pack(dir, pack, sizeof pack);
    assert_int_equal(tu_sh("sed -i 's/id = \"ey-first-baby\", expect = 1/id = \"ey-first-baby\", expect = 2/' "
                           "'%s/training/early-years.lua'", pack), 0);
    lint_report rep;
    lint_run(pack, "assets", &rep);
    bool found = false;
    for (int i = 0; i < rep.n; i++)
        found |= rep.items[i].error && strstr(rep.items[i].message, "'ey-first-baby' expects level 2 but the rules give 1");
    lint_free(&rep);
    assert_true(found);
    /* An answer the flow would never ask is an error too: it would be silently dropped. */
    assert_int_equal(tu_sh("cp -R rules '%s/r2' && sed -i 's/answers = { p_age = \"0-5\", p_health = \"yes\", "
                           "p_health_checks = \"yes\" }/answers = { p_age = \"0-5\", p_health_checks = \"yes\" }/' "
                           "'%s/r2/training/early-years.lua'", dir, dir), 0);
    char r2[400];
    snprintf(r2, sizeof r2, "%s/r2", dir);
    lint_run(r2, "assets", &rep);
    found = false;
    for (int i = 0; i < rep.n; i++) found |= rep.items[i].error && strstr(rep.items[i].message, "does not ask");
    lint_free(&rep);
    assert_true(found);
}

/* A session: the set's cases in order, choices checked against the rules. */
static void test_session_keeps_score(void **state)
{
    (void)state;
    char err[1024];
    training t;
    memset(&t, 0, sizeof t);
    assert_int_equal(training_open(&t, R, "sutton", 7, err, sizeof err), 0);
    int induction = -1;
    for (int i = 0; i < training_nsets(&t); i++)
        if (strstr(training_set_name(&t, i), "Induction")) induction = i;
    assert_true(induction >= 0);
    assert_int_equal(training_set_size(&t, 0), 10); /* mixed: ten */
    t.set = induction;
    assert_int_equal(training_start(&t, R, false, err, sizeof err), 0);
    const training_answer *ans;
    assert_int_equal(training_check(&t, &ans), -1); /* nothing chosen yet */
    assert_true(t.incomplete);
    int cases = 0, right = 0, missed = 0;
    do {
        int want = decision_level(t.decision);
        /* Choose the rules' level on even cases, one off on odd ones; always the first action. */
        int pick = -1, i = 0;
        const cJSON *lv;
        cJSON_ArrayForEach(lv, t.levels) {
            int n = cJSON_GetObjectItem(lv, "continuum")->valueint;
            if (pick < 0 && n == (cases % 2 ? (want == 4 ? 3 : want + 1) : want)) pick = i;
            i++;
        }
        t.chosen_level = pick;
        t.chosen_action = 0;
        assert_int_equal(training_check(&t, &ans), 0);
        assert_int_equal(ans->rules_level, want);
        assert_int_equal(training_level_right(ans), cases % 2 == 0);
        assert_int_equal(training_action_right(ans), !strcmp(ans->rules_action, "universal"));
        right += training_level_right(ans);
        missed += !training_level_right(ans) || !training_action_right(ans);
        cases++;
    } while (training_next(&t, R, err, sizeof err) == 0);
    assert_int_equal(cases, 8);
    assert_int_equal(t.nanswers, 8);
    assert_int_equal(right, 4);
    /* The missed ones again: the odd cases, and those whose first action was not 'universal'. */
    assert_int_equal(training_start(&t, R, true, err, sizeof err), 0);
    assert_true(missed > 4);
    assert_int_equal(t.ncases, missed);
    training_wipe(&t);
    assert_null(t.c);
    assert_int_equal(t.nanswers, 0);
    /* A red flag case calls for the front door; 999 only for an emergency. */
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateNumber(4));
    cJSON_AddItemToArray(args, cJSON_CreateString("emergency"));
    cJSON *act = rules_call(R, "rh_training_action", args, err, sizeof err);
    assert_string_equal(act->valuestring, "call_999");
    cJSON_Delete(args);
    cJSON_Delete(act);
}

static store_training_row trow(const char *id, int chosen, int rules, const char *chosen_action, const char *rules_action)
{
    store_training_row r = { .when = 1700003599, .area = "sutton", .case_id = id, .chosen_level = chosen,
                             .rules_level = rules, .chosen_local = "x", .rules_local = "x",
                             .chosen_action = chosen_action, .rules_action = rules_action, .rules_version = "abc" };
    return r;
}

static void test_results_stored_anonymously_and_counted(void **state)
{
    (void)state;
    char path[400], err[256] = "";
    snprintf(path, sizeof path, "%s/t.db", dir);
    store *s = store_open(path, err, sizeof err);
    assert_non_null(s);
    store_training_row rows[] = {
        trow("easy", 1, 1, "universal", "universal"), trow("easy", 1, 1, "universal", "universal"),
        trow("hard", 2, 3, "early_help", "front_door"), trow("hard", 2, 3, "early_help", "front_door"),
        trow("hard", 4, 3, "front_door", "front_door"), trow("hard", 3, 3, "front_door", "front_door"),
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) assert_int_equal(store_training_save(s, &rows[i], err, sizeof err), 0);
    cJSON *st = store_training_stats(s, "", err, sizeof err);
    assert_non_null(st);
    assert_int_equal(cJSON_GetObjectItem(st, "attempts")->valueint, 6);
    const cJSON *hard = cJSON_GetArrayItem(cJSON_GetObjectItem(st, "by_case"), 0); /* hardest first */
    assert_string_equal(decision_str(hard, "case"), "hard");
    assert_int_equal(cJSON_GetObjectItem(hard, "attempts")->valueint, 4);
    assert_true(cJSON_GetObjectItem(hard, "level_correct")->valuedouble == 0.25);
    assert_true(cJSON_GetObjectItem(hard, "action_correct")->valuedouble == 0.5);
    assert_int_equal(cJSON_GetObjectItem(hard, "usual_wrong_level")->valueint, 2);
    assert_string_equal(decision_str(hard, "usual_wrong_action"), "early_help");
    const cJSON *easy = cJSON_GetArrayItem(cJSON_GetObjectItem(st, "by_case"), 1);
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(easy, "usual_wrong_level")));
    const cJSON *l3 = cJSON_GetArrayItem(cJSON_GetObjectItem(st, "by_level"), 1);
    assert_int_equal(cJSON_GetObjectItem(l3, "rules_level")->valueint, 3);
    assert_int_equal(cJSON_GetObjectItem(l3, "attempts")->valueint, 4);
    cJSON_Delete(st);
    /* From a later date on, nothing. */
    st = store_training_stats(s, "2030-01-01", err, sizeof err);
    assert_int_equal(cJSON_GetObjectItem(st, "attempts")->valueint, 0);
    cJSON_Delete(st);
    store_close(s);
    /* The hour only; no column for a name or free text. */
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_stmt *q;
    sqlite3_prepare_v2(db, "SELECT hour FROM training_results LIMIT 1", -1, &q, NULL);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(q, 0), "2023-11-14T23:00Z");
    sqlite3_finalize(q);
    sqlite3_prepare_v2(db, "SELECT group_concat(name) FROM pragma_table_info('training_results')", -1, &q, NULL);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(q, 0),
                        "id,hour,area,case_id,chosen_level,rules_level,chosen_local,rules_local,chosen_action,"
                        "rules_action,rules_version");
    sqlite3_finalize(q);
    sqlite3_close(db);
}

/* A version 2 database gains the table and keeps its rows; old answers go with retention. */
static void test_migrates_version_2_and_retains(void **state)
{
    (void)state;
    char path[400], err[256] = "";
    snprintf(path, sizeof path, "%s/v2.db", dir);
    sqlite3 *db;
    sqlite3_open(path, &db);
    assert_int_equal(sqlite3_exec(db,
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, hour TEXT NOT NULL, area TEXT NOT NULL, mode TEXT NOT NULL,"
        " lang TEXT NOT NULL, continuum_level INTEGER NOT NULL CHECK (continuum_level BETWEEN 1 AND 4),"
        " local_level TEXT NOT NULL, route_id TEXT NOT NULL, escalation TEXT, rules_version TEXT NOT NULL);"
        "CREATE INDEX sessions_hour ON sessions(hour);"
        "INSERT INTO sessions VALUES (1, '2026-01-01T10:00Z', 'sutton', 'family', 'en', 2, 'x', 'r', NULL, 'v');"
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, what TEXT NOT NULL);"
        "PRAGMA user_version=2;", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    store *s = store_open(path, err, sizeof err);
    assert_non_null(s);
    assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
    store_training_row old = trow("old", 2, 2, "early_help", "early_help"), fresh = old;
    old.when = 1600000000;                 /* 2020: past any retention */
    fresh.when = time(NULL);
    fresh.case_id = "fresh";
    assert_int_equal(store_training_save(s, &old, err, sizeof err), 0);
    assert_int_equal(store_training_save(s, &fresh, err, sizeof err), 0);
    assert_true(store_retain(s, 24, err, sizeof err) >= 0);
    cJSON *st = store_training_stats(s, "", err, sizeof err);
    assert_int_equal(cJSON_GetObjectItem(st, "attempts")->valueint, 1);
    assert_string_equal(decision_str(cJSON_GetArrayItem(cJSON_GetObjectItem(st, "by_case"), 0), "case"), "fresh");
    cJSON_Delete(st);
    store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_case_gives_its_level_in_every_area),
        cmocka_unit_test(test_library_covers_ages_and_contexts),
        cmocka_unit_test(test_linter_refuses_a_case_that_moved),
        cmocka_unit_test(test_session_keeps_score),
        cmocka_unit_test(test_results_stored_anonymously_and_counted),
        cmocka_unit_test(test_migrates_version_2_and_retains),
    };
    return cmocka_run_group_tests_name("training", tests, setup, teardown);
}
