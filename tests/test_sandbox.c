/* test_sandbox.c: hostile rule packs get a clear error and a safe state, never a
 * crash or a hang. Each file in tests/rules-bad/ is added to a copy of the real
 * pack; the limits are the kiosk's own. */
#include "testutil.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "rules.h"

static char dir[256], pack[512];

static int setup(void **state)
{
    (void)state;
    tu_tmpdir(dir, sizeof dir, "sandbox");
    tu_copy_pack(dir, pack, sizeof pack);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    tu_rmrf(dir);
    return 0;
}

static void add_hostile(const char *name)
{
    assert_int_equal(tu_sh("cp tests/rules-bad/%s '%s/indicators/zz_hostile.lua'", name, pack), 0);
}

static void remove_hostile(void)
{
    tu_sh("rm -f '%s/indicators/zz_hostile.lua'", pack);
}

/* Loading must fail with a message naming the hostile file (or the cause). */
static void expect_load_error(const char *name, const char *needle)
{
    add_hostile(name);
    char err[1024] = "";
    rules *r = rules_open(pack, NULL, err, sizeof err);
    if (r) fail_msg("%s: loaded, but should have been refused", name);
    if (!strstr(err, needle)) fail_msg("%s: error '%s' does not mention '%s'", name, err, needle);
    remove_hostile();
}

static void test_load_time_attacks(void **state)
{
    (void)state;
    expect_load_error("infinite_loop.lua", "ran too long");
    expect_load_error("memory_bomb_table.lua", "memory");
    expect_load_error("memory_bomb_string.lua", "zz_hostile.lua");
    expect_load_error("memory_bomb_doubling.lua", "memory");
    expect_load_error("deep_recursion.lua", "zz_hostile.lua");
    expect_load_error("os_execute.lua", "zz_hostile.lua:2");
    expect_load_error("io_open.lua", "zz_hostile.lua:2");
    expect_load_error("require_load.lua", "zz_hostile.lua:2");
    expect_load_error("string_dump.lua", "zz_hostile.lua:2");
    expect_load_error("rep_empty.lua", "more than 1000000 repetitions");
    expect_load_error("table_move_huge.lua", "more than 1000000 elements");
    assert_int_not_equal(access("/tmp/righthelp-pwned", F_OK), 0);
}

/* A folder with more files than a pack may hold is refused, never loaded in
 * part: which ones were left out would depend on the order the disk lists them. */
static void test_too_many_files_refused_not_cut_short(void **state)
{
    (void)state;
    assert_int_equal(tu_sh("mkdir '%s/indicators/many' && for i in $(seq 1 300); do"
                           " echo '-- empty' > '%s/indicators/zz_'$i.lua; done", pack, pack), 0);
    char err[1024] = "";
    rules *r = rules_open(pack, NULL, err, sizeof err);
    assert_null(r);
    assert_non_null(strstr(err, "more than 256 .lua files"));
    assert_int_equal(tu_sh("rm -r '%s'/indicators/zz_*.lua '%s/indicators/many'", pack, pack), 0);
    /* The same for the pack's own cases, which its version covers. */
    assert_int_equal(tu_sh("for i in $(seq 1 300); do echo '{}' > '%s/cases/zz_'$i.json; done", pack), 0);
    r = rules_open(pack, NULL, err, sizeof err);
    assert_null(r);
    assert_non_null(strstr(err, "more than 256 .json files"));
    assert_int_equal(tu_sh("rm '%s'/cases/zz_*.json", pack), 0);
    r = rules_open(pack, NULL, err, sizeof err);
    if (!r) fail_msg("the pack does not load again: %s", err);
    rules_close(r);
}

static int writer(lua_State *L, const void *p, size_t sz, void *ud)
{
    (void)L;
    fwrite(p, 1, sz, ud);
    return 0;
}

static void test_binary_chunk_refused(void **state)
{
    (void)state;
    /* Compile a harmless chunk to bytecode with a normal Lua state. */
    lua_State *L = luaL_newstate();
    assert_int_equal(luaL_loadstring(L, "return 1"), LUA_OK);
    char path[700];
    snprintf(path, sizeof path, "%s/indicators/zz_binary.lua", pack);
    FILE *f = fopen(path, "wb");
    lua_dump(L, writer, f, 0);
    fclose(f);
    lua_close(L);
    char err[1024] = "";
    rules *r = rules_open(pack, NULL, err, sizeof err);
    assert_null(r);
    assert_non_null(strstr(err, "binary chunks are not allowed"));
    remove(path);
}

/* The pack loads; deciding must fail cleanly, leave the host broken, and the
 * host must refuse further calls until it is reloaded. */
static void expect_decide_error(const char *name, const char *answers_json, const char *needle, bool breaks)
{
    add_hostile(name);
    char err[1024] = "";
    rules *r = rules_open(pack, NULL, err, sizeof err);
    if (!r) fail_msg("%s: did not load: %s", name, err);
    cJSON *answers = cJSON_Parse(answers_json);
    cJSON *d = rules_decide(r, "kingston-richmond", "practitioner", answers, "en", err, sizeof err);
    if (d) fail_msg("%s: decided, but should have failed", name);
    if (!strstr(err, needle)) fail_msg("%s: error '%s' does not mention '%s'", name, err, needle);
    assert_int_equal(rules_broken(r), breaks);
    if (breaks) {
        cJSON *again = rules_decide(r, "kingston-richmond", "practitioner", answers, "en", err, sizeof err);
        assert_null(again);
        assert_non_null(strstr(err, "stopped after an earlier error"));
    }
    cJSON_Delete(answers);
    rules_close(r);
    remove_hostile();
}

static void test_call_time_attacks(void **state)
{
    (void)state;
    expect_decide_error("loop_in_decide.lua", "{}", "ran too long", true);
    expect_decide_error("pcall_swallow.lua", "{}", "pcall", false); /* pcall is not there at all */
    expect_decide_error("wrong_types.lua", "{}", "wrong type", true);
    expect_decide_error("level_out_of_range.lua", "{}", "outside 1-4", true);
    expect_decide_error("returns_function.lua", "{}", "returned", false);
    expect_decide_error("metatable_trap.lua", "{}", "missing", true);
    expect_decide_error("gc_trap.lua", "{}", "__gc metamethods are not allowed", false);
}

static void test_error_for_some_answers_only(void **state)
{
    (void)state;
    add_hostile("errors_for_some_answers.lua");
    char err[1024] = "";
    rules *r = rules_open(pack, NULL, err, sizeof err);
    assert_non_null(r);
    cJSON *ok = cJSON_Parse("{\"p_rf_danger\": \"yes\"}");
    cJSON *d = rules_decide(r, "kingston-richmond", "practitioner", ok, "en", err, sizeof err);
    assert_non_null(d);
    cJSON_Delete(d);
    cJSON *bad = cJSON_Parse("{\"p_rf_danger\": \"no\"}");
    d = rules_decide(r, "kingston-richmond", "practitioner", bad, "en", err, sizeof err);
    assert_null(d);
    assert_non_null(strstr(err, "zz_hostile.lua:4: this rule breaks"));
    cJSON_Delete(ok);
    cJSON_Delete(bad);
    rules_close(r);
    remove_hostile();
}

static void test_real_pack_within_limits(void **state)
{
    (void)state;
    char err[1024] = "";
    rules *r = rules_open("rules", NULL, err, sizeof err);
    if (!r) fail_msg("the real pack does not load: %s", err);
    assert_int_equal(strlen(rules_version(r)), 64);
    assert_true(rules_memory_peak(r) < rules_default_limits().memory_bytes / 4);
    rules_close(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_real_pack_within_limits),
        cmocka_unit_test(test_load_time_attacks),
        cmocka_unit_test(test_binary_chunk_refused),
        cmocka_unit_test(test_too_many_files_refused_not_cut_short),
        cmocka_unit_test(test_call_time_attacks),
        cmocka_unit_test(test_error_for_some_answers_only),
    };
    return cmocka_run_group_tests_name("sandbox", tests, setup, teardown);
}
