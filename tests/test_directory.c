/* test_directory.c: Open Referral UK exports into the pack's directory: both
 * shapes, what is skipped and why, bad files refused clearly, and the result
 * loading in a real pack that still passes check. Fixtures: tests/directory. */
#include "testutil.h"

#include <libgen.h>

#include <sys/wait.h>

#include "directory.h"
#include "lint.h"
#include "manifest.h"
#include "rules.h"
#include "util.h"

static char dir[256];
static char RH[512]; /* the righthelp beside this test (build/ or build/asan/) */

static void set_binary(const char *argv0)
{
    char tmp[512];
    util_copy(tmp, sizeof tmp, argv0);
    snprintf(RH, sizeof RH, "%s/../righthelp", dirname(tmp));
}
static int setup(void **s) { (void)s; tu_tmpdir(dir, sizeof dir, "directory"); return 0; }
static int teardown(void **s) { (void)s; tu_rmrf(dir); return 0; }

/* Imports a fixture; returns the Lua text (caller frees) or NULL with err. */
static char *import(const char *fixture, const char *area, cJSON *report, char *err, size_t n)
{
    char path[300];
    snprintf(path, sizeof path, "tests/directory/%s", fixture);
    size_t len;
    char *json = util_read_file(path, &len, err, n);
    if (!json) fail_msg("%s", err);
    char *lua = directory_import(json, len, area, fixture, "2026-11-20", report, err, n);
    free(json);
    return lua;
}

static const char *skip_reason(const cJSON *report, const char *id)
{
    const cJSON *s;
    cJSON_ArrayForEach(s, cJSON_GetObjectItem(report, "skipped"))
        if (!strcmp(cJSON_GetObjectItem(s, "id")->valuestring, id)) return cJSON_GetObjectItem(s, "reason")->valuestring;
    return NULL;
}

static void test_older_api_shape(void **state)
{
    (void)state;
    char err[512];
    cJSON *rep = cJSON_CreateObject();
    char *lua = import("oruk-older-api.json", "kingston-richmond", rep, err, sizeof err);
    assert_non_null(lua);
    assert_int_equal(cJSON_GetObjectItem(rep, "services")->valueint, 2);
    /* Ages from eligibilitys, phone from contacts[].phones, HTML and entities gone. */
    assert_non_null(strstr(lua, "id = \"oruk.kingston-richmond.3f1c2a9e-0000-4000-8000-000000000001\""));
    assert_non_null(strstr(lua, "eligibility = { min_age = 0, max_age = 5 }"));
    assert_non_null(strstr(lua, "contact = \"020 7946 0018; stayandplay@example.org\""));
    assert_non_null(strstr(lua, "babies & toddlers with their parents or carers. No need to book. Free.\""));
    assert_null(strstr(lua, "<p>"));
    assert_null(strstr(lua, "&amp;"));
    /* Several eligibilitys: the widest span; an age written as a string still counts. */
    assert_non_null(strstr(lua, "eligibility = { min_age = 11, max_age = 25 }"));
    /* Each entry's source is the file and its date. */
    assert_non_null(strstr(lua, "source = \"Open Referral UK export oruk-older-api.json (2026-11-20), service 3f1c2a9e-0000-4000-8000-000000000004\""));
    /* Not shown, and said why. */
    assert_string_equal(skip_reason(rep, "3f1c2a9e-0000-4000-8000-000000000002"), "not active");
    assert_string_equal(skip_reason(rep, "3f1c2a9e-0000-4000-8000-000000000003"), "no name");
    assert_null(strstr(lua, "Closed Parenting Course"));
    free(lua);
    cJSON_Delete(rep);
}

static void test_v3_shape(void **state)
{
    (void)state;
    char err[512];
    cJSON *rep = cJSON_CreateObject();
    char *lua = import("oruk-v3.json", "sutton", rep, err, sizeof err);
    assert_non_null(lua);
    assert_int_equal(cJSON_GetObjectItem(rep, "services")->valueint, 2);
    assert_non_null(strstr(lua, "eligibility = { min_age = 0, max_age = 4 }"));
    assert_non_null(strstr(lua, "contact = \"020 7946 0123\""));
    assert_non_null(strstr(lua, "url = \"www.example.org/hillside-speech\""));
    assert_non_null(strstr(lua, "how = \"Just come along on Tuesday mornings.\""));
    assert_non_null(strstr(lua, "Advice on talking & listening. For children under 5 \xE2\x80\x93 with a parent.\""));
    /* Quotes and backslashes escaped; a line break is a space; not a number is no phone. */
    assert_non_null(strstr(lua, "name = \"TEST DATA The \\\"Quoted\\\" Group \\\\ Carers\""));
    assert_non_null(strstr(lua, "contact = \"020 7946 0456\""));
    assert_null(strstr(lua, "call us"));
    /* Minimum above maximum: no ages claimed at all. */
    const char *carers = strstr(lua, "000000000012\"");
    assert_non_null(carers);
    assert_null(strstr(carers, "eligibility"));
    assert_string_equal(skip_reason(rep, "b7e5d1c0-0000-4000-8000-000000000013"), "not active");
    free(lua);
    cJSON_Delete(rep);
}

static void test_bad_exports_say_why(void **state)
{
    (void)state;
    char err[512];
    cJSON *rep = cJSON_CreateObject();
    assert_null(import("oruk-bad-not-json.json", "sutton", rep, err, sizeof err));
    assert_non_null(strstr(err, "not valid JSON"));
    assert_null(import("oruk-bad-no-services.json", "sutton", rep, err, sizeof err));
    assert_non_null(strstr(err, "not an Open Referral UK services export"));
    assert_null(import("oruk-bad-none-active.json", "sutton", rep, err, sizeof err));
    assert_non_null(strstr(err, "no active service"));
    cJSON_Delete(rep);
}

/* The command: exit 0 with a report, 1 for a bad file or area, 2 for bad usage; a
 * refused import leaves any earlier output in place. */
static void test_command_line(void **state)
{
    (void)state;
    char out[400];
    snprintf(out, sizeof out, "%s/sutton.lua", dir);
    assert_int_equal(tu_sh("%s directory import tests/directory/oruk-v3.json --area sutton --out '%s' "
                           "--date 2026-11-20 > '%s/report.json'", RH, out, dir), 0);
    assert_int_equal(tu_sh("grep -q '\"services\":\t2' '%s/report.json'", dir), 0);
    assert_int_equal(tu_sh("grep -q 'oruk-v3.json (2026-11-20)' '%s'", out), 0);
    assert_int_equal(WEXITSTATUS(tu_sh("%s directory import tests/directory/oruk-bad-not-json.json "
                                       "--area sutton --out '%s' 2>/dev/null", RH, out)), 1);
    assert_int_equal(tu_sh("grep -q 'Hillside' '%s'", out), 0);
    assert_int_equal(WEXITSTATUS(tu_sh("%s directory import tests/directory/oruk-v3.json "
                                       "--area nowhere --out '%s' 2>/dev/null", RH, out)), 1);
    assert_int_equal(WEXITSTATUS(tu_sh("%s directory import tests/directory/oruk-v3.json "
                                       "--out '%s' 2>/dev/null", RH, out)), 2);
    assert_int_equal(WEXITSTATUS(tu_sh("%s directory import tests/directory/oruk-v3.json "
                                       "--area sutton --date soon --out '%s' 2>/dev/null", RH, out)), 2);
}

/* Imported services load in the pack, pass the whole linter, change the rules
 * version, and a route can name one. */
static void test_loads_in_a_pack(void **state)
{
    (void)state;
    char pack[512], out[700], err[1024];
    tu_copy_pack(dir, pack, sizeof pack);
    rules *before = rules_open(pack, NULL, err, sizeof err);
    assert_non_null(before);
    assert_int_equal(tu_sh("mkdir -p '%s/directory'", pack), 0);
    snprintf(out, sizeof out, "%s/directory/kingston-richmond.lua", pack);
    assert_int_equal(tu_sh("%s directory import tests/directory/oruk-older-api.json --area kingston-richmond "
                           "--rules '%s' --out '%s' >/dev/null", RH, pack, out), 0);
    rules *after = rules_open(pack, NULL, err, sizeof err);
    if (!after) fail_msg("%s", err);
    assert_string_not_equal(rules_version(before), rules_version(after));
    rules_close(before);
    rules_close(after);
    /* A route names an imported service: the linter finds it. */
    assert_int_equal(tu_sh("printf 'route { id = \"kr.test.oruk\", area = \"kingston-richmond\", levels = { 1 }, "
                           "ages = { \"0-5\" }, needs = { \"parenting\" }, mode = \"family\", services = { "
                           "\"oruk.kingston-richmond.3f1c2a9e-0000-4000-8000-000000000001\" } }\\n' >> '%s'", out), 0);
    lint_report rep;
    lint_run(pack, "assets", &rep);
    for (int i = 0; i < rep.n; i++)
        if (rep.items[i].error) print_error("%s: %s\n", rep.items[i].where, rep.items[i].message);
    assert_int_equal(rep.errors, 0);
    lint_free(&rep);
    /* A pack built from it carries the directory file, listed and hashed in its manifest. */
    char built[700];
    manifest m;
    snprintf(built, sizeof built, "%s/built", dir);
    if (manifest_build(pack, "assets", 1, "test", NULL, built, &m, err, sizeof err) != 0) fail_msg("%s", err);
    assert_int_equal(tu_sh("grep -q '\"path\":\t\"directory/kingston-richmond.lua\"' '%s/manifest.json'", built), 0);
    assert_int_equal(tu_sh("cmp -s '%s' '%s/directory/kingston-richmond.lua'", out, built), 0);
    /* A route naming a service the export does not have is caught. */
    assert_int_equal(tu_sh("sed -i 's/000000000001\" } }/000000000099\" } }/' '%s'", out), 0);
    lint_run(pack, "assets", &rep);
    assert_true(rep.errors > 0);
    lint_free(&rep);
}

int main(int argc, char **argv)
{
    (void)argc;
    set_binary(argv[0]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_older_api_shape),   cmocka_unit_test(test_v3_shape),
        cmocka_unit_test(test_bad_exports_say_why), cmocka_unit_test(test_command_line),
        cmocka_unit_test(test_loads_in_a_pack),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
