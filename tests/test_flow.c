/* test_flow.c: the question flow over the real pack: order, skip logic, back, wipe. */
#include "testutil.h"

#include "cases.h"
#include "decision.h"
#include "flow.h"

static rules *R;

static int setup(void **s)
{
    (void)s;
    char err[1024];
    R = rules_open("rules", NULL, err, sizeof err);
    if (!R) fail_msg("%s", err);
    return 0;
}

static int teardown(void **s) { (void)s; rules_close(R); return 0; }

static const char *current_id(const flow *f)
{
    return decision_str(flow_question(f, f->current), "id");
}

static void answer(flow *f, const char *aid)
{
    char err[512];
    assert_int_equal(flow_answer(f, aid, err, sizeof err), 0);
}

static void test_first_question_is_age(void **state)
{
    (void)state;
    static flow f;
    char err[512];
    assert_int_equal(flow_start(&f, R, "family", "en", err, sizeof err), 0);
    assert_string_equal(current_id(&f), "f_age");
    assert_int_equal(flow_position(&f), 1);
    flow_wipe(&f);
}

static void test_skip_logic_and_closing(void **state)
{
    (void)state;
    static flow f;
    char err[512];
    flow_start(&f, R, "family", "en", err, sizeof err);
    answer(&f, "5-11");
    while (strcmp(current_id(&f), "f_health")) answer(&f, "no");
    int before = f.asked;
    answer(&f, "yes"); /* opens the detail questions */
    assert_string_equal(current_id(&f), "f_health_checks");
    assert_true(f.asked > before);
    answer(&f, "yes");
    assert_string_equal(flow_answer_of(&f, "f_health_checks"), "yes");
    /* Going back and closing the topic drops its detail answers. */
    assert_true(flow_back(&f));
    assert_true(flow_back(&f));
    assert_string_equal(current_id(&f), "f_health");
    answer(&f, "no");
    assert_null(flow_answer_of(&f, "f_health_checks"));
    assert_int_equal(f.asked, before);
    flow_wipe(&f);
}

static void test_walks_to_the_end(void **state)
{
    (void)state;
    static flow f;
    char err[512];
    flow_start(&f, R, "practitioner", "en", err, sizeof err);
    answer(&f, "11-19");
    int guard = 0;
    while (f.current >= 0 && guard++ < 200) answer(&f, "no");
    assert_int_equal(f.current, -1);
    assert_int_equal(f.nanswers, f.asked);
    /* Back from the end shows the last question again. */
    assert_true(flow_back(&f));
    assert_true(f.current >= 0);
    flow_wipe(&f);
}

static void test_wipe_zeroes_answers(void **state)
{
    (void)state;
    static flow f;
    char err[512];
    flow_start(&f, R, "family", "en", err, sizeof err);
    answer(&f, "0-5");
    answer(&f, "unsure");
    flow_wipe(&f);
    const unsigned char *p = (const unsigned char *)&f;
    for (size_t i = 0; i < sizeof f; i++) {
        if (i >= offsetof(flow, current) && i < offsetof(flow, current) + sizeof f.current) continue;
        if (p[i]) fail_msg("byte %zu of the flow is not zero after a wipe", i);
    }
}

/* A case file's expectations: a misspelt one fails rather than checking nothing, and a rule that must
 * not fire is checked as surely as one that must. */
static void test_case_expectations(void **state)
{
    (void)state;
    char msg[256];
    cJSON *d = cJSON_Parse("{\"continuum_level\": 2, \"reasons\": [{\"rule\": \"emotional.offending_early\"}]}");
    cJSON *ok = cJSON_Parse("{\"continuum_level\": 2, \"reasons_include\": [\"emotional.offending_early\"],"
                            " \"reasons_exclude\": [\"emotional.offending\"]}");
    cJSON *typo = cJSON_Parse("{\"reason_include\": [\"emotional.offending\"]}");
    cJSON *fired = cJSON_Parse("{\"reasons_exclude\": [\"emotional.offending_early\"]}");
    assert_int_equal(cases_compare(ok, d, msg, sizeof msg), 0);
    assert_int_equal(cases_compare(typo, d, msg, sizeof msg), -1);
    assert_non_null(strstr(msg, "unknown expectation 'reason_include'"));
    assert_int_equal(cases_compare(fired, d, msg, sizeof msg), -1);
    assert_non_null(strstr(msg, "should not"));
    cJSON_Delete(d);
    cJSON_Delete(ok);
    cJSON_Delete(typo);
    cJSON_Delete(fired);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_question_is_age),
        cmocka_unit_test(test_skip_logic_and_closing),
        cmocka_unit_test(test_walks_to_the_end),
        cmocka_unit_test(test_wipe_zeroes_answers),
        cmocka_unit_test(test_case_expectations),
    };
    return cmocka_run_group_tests_name("flow", tests, setup, teardown);
}
