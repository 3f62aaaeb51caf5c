/* rules.c: the Lua rules host: a sandbox for one rule pack, and the JSON bridge
 * between C and the pack's rh_* functions.
 *
 * The sandbox: text chunks only; the safe parts of base, string, table, math
 * and utf8 (no io, os, require, load, dofile, debug, collectgarbage,
 * string.dump, pcall, coroutines, nor string patterns, whose backtracking
 * could run unbounded inside C); a memory cap through our allocator; an
 * instruction budget and a wall-clock bound per call through a count hook.
 * pcall is withheld so that a script cannot swallow the hook's error. */
#include "rules.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "blake2b.h"
#include "decision.h"
#include "util.h"

/* Under valgrind code runs some 50 times slower, and a wall-clock bound meant
 * for real speed would fire where the kiosk's never would ('make valgrind').
 * The instruction budget still bounds every call there. */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define WALL_CLOCK_SCALE (RUNNING_ON_VALGRIND ? 50 : 1)
#endif
#endif
#ifndef WALL_CLOCK_SCALE
#define WALL_CLOCK_SCALE 1
#endif

#define MAX_FILES 256
#define RULES_HASH_BYTES 32    /* the version: BLAKE2b-256 of every file in load order */
#define MAX_FILE_BYTES (1 << 20)
#define MAX_DEPTH 32           /* nesting between Lua tables and JSON */
#define MAX_NODES 200000       /* JSON nodes one call may return */
#define HOOK_EVERY 1000        /* instructions between hook calls */

struct rules {
    lua_State *L;
    size_t mem, mem_peak, mem_cap;
    rules_limits lim;
    long budget;               /* instructions left in this call */
    double deadline_ms;        /* monotonic time this call must end by */
    int tripped;               /* a limit was hit: raise again at every hook */
    bool broken;
    char dir[512];
    char version[2 * RULES_HASH_BYTES + 1];
    int nfiles;
    char *files[MAX_FILES];
    /* A pack opened in two steps (rules_open_start, then rules_finish): the start files' text, kept until
     * the rest is read and the version made; the files deferred to host.load, with their own hashes. */
    char *start_text[MAX_FILES];
    size_t start_len[MAX_FILES];
    bool deferred[MAX_FILES];
    unsigned char file_hash[MAX_FILES][RULES_HASH_BYTES];
    enum { REST_WAITING, REST_LOADING, REST_DONE, REST_FAILED } rest;
    char rest_error[512];
    bool staged;               /* opened by rules_open_start: deferrable files wait for host.load */
    rules_vet vet;             /* runs once the rest has loaded (pack.c); NULL for none */
    char vet_arg[1100];
};

rules_limits rules_default_limits(void)
{
    rules_limits l = { 64u << 20, 20000000, 200000000, 1000, 5000 };
    return l;
}

/* ---- sandbox: memory, time, instructions ---- */

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    rules *r = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        r->mem -= old;
        return NULL;
    }
    if (nsize > old && r->mem - old + nsize > r->mem_cap) return NULL;
    void *p = realloc(ptr, nsize);
    if (!p) return NULL;
    r->mem = r->mem - old + nsize;
    if (r->mem > r->mem_peak) r->mem_peak = r->mem;
    return p;
}

static void sandbox_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    rules *r;
    lua_getallocf(L, (void **)&r);
    r->budget -= HOOK_EVERY;
    if (!r->tripped && r->budget < 0) r->tripped = 1;
    if (!r->tripped && util_now_ms() > r->deadline_ms) r->tripped = 2;
    if (r->tripped == 1) luaL_error(L, "rule pack ran too long (instruction limit reached)");
    if (r->tripped == 2) luaL_error(L, "rule pack ran too long (time limit reached)");
}

static void arm(rules *r, long instructions, long ms)
{
    r->budget = instructions;
    r->deadline_ms = util_now_ms() + (double)ms * WALL_CLOCK_SCALE;
    r->tripped = 0;
}

/* host.where(level): "file:line" of a caller, so declarations know where they stand. A kiosk's pack
 * (host.staged) gets the pack's file alone, "questions/family.lua", one string Lua keeps once: its
 * declarations' 900 lines would cost some 70 KB, and only 'check', which loads the pack whole, reads them. */
static int host_where(lua_State *L)
{
    int level = (int)luaL_optinteger(L, 1, 2);
    lua_Debug ar;
    if (level < 1 || level > 50 || !lua_getstack(L, level, &ar)) {
        lua_pushliteral(L, "?");
        return 1;
    }
    lua_getinfo(L, "Sl", &ar);
    rules *r;
    lua_getallocf(L, (void **)&r);
    size_t dl = strlen(r->dir);
    if (r->staged && ar.source[0] == '@' && !strncmp(ar.source + 1, r->dir, dl) && ar.source[1 + dl] == '/')
        lua_pushstring(L, ar.source + 2 + dl);
    else
        lua_pushfstring(L, "%s:%d", ar.short_src, ar.currentline);
    return 1;
}

/* setmetatable without finalisers: Lua runs __gc with hooks off, so a
 * finaliser would escape the instruction and time limits. */
static int safe_setmetatable(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL) return luaL_error(L, "__gc metamethods are not allowed in a rule pack");
        lua_pop(L, 1);
    } else if (!lua_isnil(L, 2)) {
        return luaL_typeerror(L, 2, "nil or table");
    }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL) return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

/* string.rep and table.move loop in C, where neither the instruction budget nor the clock can stop them:
 * string.rep("", 1 << 40) allocates nothing and ran for hours (found by fuzz_rules). Both are bounded here:
 * a rule pack has no use for more. */
#define MAX_REPEATS 1000000

static int safe_rep(lua_State *L)
{
    size_t l, lsep;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n > MAX_REPEATS) return luaL_error(L, "string.rep: more than %d repetitions", MAX_REPEATS);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int safe_move(lua_State *L)
{
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    if (e >= f && (e - f >= MAX_REPEATS || e - f < 0)) return luaL_error(L, "table.move: more than %d elements", MAX_REPEATS);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* Replaces lib.name by a bounded wrapper that calls the original (kept as its upvalue). */
static void bound(lua_State *L, int g, const char *lib, const char *name, lua_CFunction wrapper)
{
    lua_getfield(L, g, lib);
    lua_getfield(L, -1, name);
    lua_pushcclosure(L, wrapper, 1);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);
}

static void remove_field(lua_State *L, int tab, const char *name)
{
    tab = lua_absindex(L, tab);
    lua_pushnil(L);
    lua_setfield(L, tab, name);
}

static int host_load(lua_State *L);

static void open_sandbox(lua_State *L)
{
    static const luaL_Reg libs[] = {
        { LUA_GNAME, luaopen_base },       { LUA_STRLIBNAME, luaopen_string },
        { LUA_TABLIBNAME, luaopen_table }, { LUA_MATHLIBNAME, luaopen_math },
        { LUA_UTF8LIBNAME, luaopen_utf8 }, { NULL, NULL },
    };
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    lua_pushglobaltable(L);
    int g = lua_gettop(L);
    static const char *unsafe_base[] = { "dofile", "loadfile", "load", "require", "collectgarbage",
                                         "print", "warn", "pcall", "xpcall", NULL };
    for (const char **n = unsafe_base; *n; n++) remove_field(L, g, *n);
    lua_pushcfunction(L, safe_setmetatable);
    lua_setfield(L, g, "setmetatable");

    lua_getfield(L, g, "string");
    static const char *unsafe_string[] = { "dump", "find", "match", "gmatch", "gsub", NULL };
    for (const char **n = unsafe_string; *n; n++) remove_field(L, -1, *n);
    lua_pop(L, 1);
    bound(L, g, "string", "rep", safe_rep);
    bound(L, g, "table", "move", safe_move);
    lua_getfield(L, g, "math");
    remove_field(L, -1, "random");      /* decisions must be reproducible */
    remove_field(L, -1, "randomseed");
    lua_pop(L, 1);

    lua_newtable(L);
    lua_pushcfunction(L, host_where);
    lua_setfield(L, -2, "where");
    lua_pushcfunction(L, host_load);
    lua_setfield(L, -2, "load");
    lua_setfield(L, g, "host");
    lua_pop(L, 1);
}

/* ---- the pack's files, in load order ---- */

static int add_file(rules *r, const char *rel, char *err, size_t errlen)
{
    if (r->nfiles >= MAX_FILES) {
        snprintf(err, errlen, "%s: more than %d files in the rule pack", r->dir, MAX_FILES);
        return -1;
    }
    r->files[r->nfiles++] = util_strdup(rel);
    return 0;
}

/* The names in dir/sub ending in suffix, sorted; the caller frees each. An
 * absent folder is an empty one (check reports what is missing). */
/* The names in the pack's folder sub ending in suffix, sorted; 0 when there is
 * no such folder, -1 (with err) when it cannot be read or holds too many. */
static int sorted_names(const rules *r, const char *sub, const char *suffix, char **names, int max, char *err,
                        size_t errlen)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", r->dir, sub);
    int n = util_list_dir(path, suffix, names, max);
    if (n >= 0 || errno == ENOENT) return n < 0 ? 0 : n;
    if (errno == E2BIG) snprintf(err, errlen, "%s: more than %d %s files", path, max, suffix);
    else snprintf(err, errlen, "%s: %s", path, strerror(errno));
    return -1;
}

/* The *.lua files of sub, sorted, appended to the load list. */
static int list_dir(rules *r, const char *sub, char *err, size_t errlen)
{
    char *names[MAX_FILES];
    int n = sorted_names(r, sub, ".lua", names, MAX_FILES, err, errlen), rc = n < 0 ? -1 : 0;
    for (int i = 0; i < n; i++) {
        char rel[600];
        snprintf(rel, sizeof rel, "%s/%s", sub, names[i]);
        if (rc == 0) rc = add_file(r, rel, err, errlen);
        free(names[i]);
    }
    return rc;
}

static char *read_pack_file(const rules *r, const char *rel, size_t *len, char *err, size_t errlen)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", r->dir, rel);
    return util_read_regular(path, MAX_FILE_BYTES, len, err, errlen);
}

/* A file of the pack hashed as it is read, a block at a time, into the version and into its own hash: a
 * file deferred at a kiosk's start is not run now, and reading it whole only to hash it raised the heap
 * by some 0.25 MB at the start's peak (the largest catalogue is 98 KB). */
static int hash_pack_file(const rules *r, const char *rel, blake2b_state *version, unsigned char *own,
                          char *err, size_t errlen)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", r->dir, rel);
    if (util_check_regular(path, MAX_FILE_BYTES, err, errlen) != 0) return -1;
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    blake2b_state mine;
    blake2b_init(&mine, RULES_HASH_BYTES);
    unsigned char block[4096];
    size_t got, total = 0;
    while ((got = fread(block, 1, sizeof block, f)) > 0 && (total += got) <= MAX_FILE_BYTES) {
        blake2b_update(version, block, got);
        blake2b_update(&mine, block, got);
    }
    int bad = ferror(f) || total > MAX_FILE_BYTES; /* grown since it was checked */
    fclose(f);
    if (bad) {
        snprintf(err, errlen, "%s: read error or larger than %d bytes", path, MAX_FILE_BYTES);
        return -1;
    }
    blake2b_final(&mine, own);
    return 0;
}

/* ---- JSON <-> Lua ---- */

static void push_json(lua_State *L, const cJSON *j, int depth)
{
    luaL_checkstack(L, 4, "nesting");
    if (depth > MAX_DEPTH) luaL_error(L, "answers nested too deeply");
    if (cJSON_IsString(j)) lua_pushstring(L, j->valuestring);
    else if (cJSON_IsBool(j)) lua_pushboolean(L, cJSON_IsTrue(j));
    else if (cJSON_IsNumber(j)) {
        double v = j->valuedouble;
        if (v == (double)(lua_Integer)v) lua_pushinteger(L, (lua_Integer)v);
        else lua_pushnumber(L, v);
    } else if (cJSON_IsArray(j)) {
        lua_newtable(L);
        lua_Integer i = 1;
        for (const cJSON *c = j->child; c; c = c->next) {
            push_json(L, c, depth + 1);
            lua_rawseti(L, -2, i++);
        }
    } else if (cJSON_IsObject(j)) {
        lua_newtable(L);
        for (const cJSON *c = j->child; c; c = c->next) {
            push_json(L, c, depth + 1);
            lua_setfield(L, -2, c->string);
        }
    } else lua_pushnil(L);
}

typedef struct convert {
    int nodes;
    const char *err;           /* set on the first limit hit; the result is then NULL */
} convert;

static cJSON *to_json(lua_State *L, int idx, int depth, convert *cv);

/* Adds the value at the top of the stack to out (array when key is NULL). */
static int add_child(lua_State *L, cJSON *out, const char *key, int depth, convert *cv)
{
    cJSON *c = to_json(L, -1, depth + 1, cv);
    lua_pop(L, 1);
    if (cv->err) return -1;
    if (!c) return 0; /* functions and the like are left out */
    if (key) cJSON_AddItemToObject(out, key, c);
    else cJSON_AddItemToArray(out, c);
    return 0;
}

/* Converts the value at idx to JSON, reading tables raw (no metamethods) and
 * without raising Lua errors, so nothing built in C is lost to a longjmp.
 * A table whose keys are exactly 1..n is an array; other tables are objects
 * with their string keys, sorted so that output is the same every run;
 * functions and other values are left out. */
static cJSON *to_json(lua_State *L, int idx, int depth, convert *cv)
{
    idx = lua_absindex(L, idx);
    if (++cv->nodes > MAX_NODES) cv->err = "rule pack returned too much data";
    else if (depth > MAX_DEPTH) cv->err = "rule pack returned data nested too deeply";
    else if (!lua_checkstack(L, 4)) cv->err = "rule pack returned data nested too deeply";
    if (cv->err) return NULL;
    switch (lua_type(L, idx)) {
    case LUA_TNIL: return cJSON_CreateNull();
    case LUA_TBOOLEAN: return cJSON_CreateBool(lua_toboolean(L, idx));
    case LUA_TNUMBER: return cJSON_CreateNumber(lua_tonumber(L, idx));
    case LUA_TSTRING: return cJSON_CreateString(lua_tostring(L, idx));
    case LUA_TTABLE: break;
    default: return NULL;
    }
    lua_Unsigned n = lua_rawlen(L, idx);
    size_t count = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        count++;
        lua_pop(L, 1);
    }
    if (n > 0 && count == n) {
        cJSON *out = cJSON_CreateArray();
        for (lua_Unsigned i = 1; i <= n; i++) {
            lua_rawgeti(L, idx, (lua_Integer)i);
            if (add_child(L, out, NULL, depth, cv)) {
                cJSON_Delete(out);
                return NULL;
            }
        }
        return out;
    }
    cJSON *out = cJSON_CreateObject();
    const char **keys = malloc((count ? count : 1) * sizeof *keys);
    if (!keys) {
        cv->err = "out of memory";
        cJSON_Delete(out);
        return NULL;
    }
    size_t nk = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_type(L, -2) == LUA_TSTRING) keys[nk++] = lua_tostring(L, -2); /* anchored by the table */
        lua_pop(L, 1);
    }
    qsort(keys, nk, sizeof *keys, util_cmp_str);
    for (size_t i = 0; i < nk && !cv->err; i++) {
        lua_pushstring(L, keys[i]);
        lua_rawget(L, idx);
        add_child(L, out, keys[i], depth, cv);
    }
    free(keys);
    if (cv->err) {
        cJSON_Delete(out);
        return NULL;
    }
    return out;
}

/* Runs inside lua_pcall: [fn name, args light userdata, out light userdata]. */
typedef struct call_ctx {
    const char *fn;
    const cJSON *args;
    cJSON *result;
} call_ctx;

static int protected_call(lua_State *L)
{
    call_ctx *cx = lua_touserdata(L, 1);
    lua_settop(L, 0);
    if (lua_getglobal(L, cx->fn) != LUA_TFUNCTION)
        return luaL_error(L, "the rule pack does not define function %s", cx->fn);
    int nargs = 0;
    for (const cJSON *a = cx->args ? cx->args->child : NULL; a; a = a->next) {
        push_json(L, a, 0);
        nargs++;
    }
    lua_call(L, nargs, 1);
    convert cv = { 0, NULL };
    cJSON *res = to_json(L, -1, 0, &cv);
    if (cv.err) return luaL_error(L, "%s: %s", cx->fn, cv.err);
    if (!res) return luaL_error(L, "%s returned a %s", cx->fn, luaL_typename(L, -1));
    cx->result = res;
    return 0;
}

/* Whether fn can answer from the start files alone: the languages, and English strings. */
static bool start_ready(const rules *r, const char *fn, const cJSON *args)
{
    if (r->rest != REST_WAITING || !strcmp(fn, "rh_languages")) return true;
    const cJSON *lang = cJSON_GetArrayItem(args, 0);
    return !strcmp(fn, "rh_string") && cJSON_IsString(lang) && !strcmp(lang->valuestring, "en");
}

cJSON *rules_call(rules *r, const char *fn, const cJSON *args, char *err, size_t errlen)
{
    return rules_call_bounded(r, fn, args, r->lim.call_instructions, r->lim.call_ms, err, errlen);
}

cJSON *rules_call_bounded(rules *r, const char *fn, const cJSON *args, long instructions, long ms, char *err,
                          size_t errlen)
{
    if (r->broken) {
        snprintf(err, errlen, "the rule pack stopped after an earlier error; it reloads between sessions");
        return NULL;
    }
    if (!start_ready(r, fn, args) && rules_finish(r, err, errlen) != 0) return NULL;
    lua_State *L = r->L;
    call_ctx cx = { fn, args, NULL };
    lua_settop(L, 0);
    arm(r, instructions, ms);
    lua_pushcfunction(L, protected_call);
    lua_pushlightuserdata(L, &cx);
    int rc = lua_pcall(L, 1, 0, 0);
    if (rc != LUA_OK) {
        const char *msg = lua_tostring(L, -1);
        snprintf(err, errlen, "%s: %s", fn, msg ? msg : "error without a message");
        if (cx.result) cJSON_Delete(cx.result);
        /* A limit, or memory, may leave the state half-way through anything. */
        if (r->tripped || rc == LUA_ERRMEM) r->broken = true;
        lua_settop(L, 0);
        return NULL;
    }
    if (r->tripped) { /* a limit hit inside a finaliser, after the call's work */
        r->broken = true;
        cJSON_Delete(cx.result);
        snprintf(err, errlen, "%s: rule pack ran too long", fn);
        return NULL;
    }
    lua_settop(L, 0);
    return cx.result;
}

/* ---- open and close ---- */

static int hash_cases(rules *r, blake2b_state *hs, char *err, size_t errlen)
{
    char *names[MAX_FILES];
    int n = sorted_names(r, "cases", ".json", names, MAX_FILES, err, errlen);
    int rc = n < 0 ? -1 : 0;
    for (int i = 0; i < n; i++) {
        char rel[600];
        snprintf(rel, sizeof rel, "cases/%s", names[i]);
        size_t len;
        char *data = rc == 0 ? read_pack_file(r, rel, &len, err, errlen) : NULL;
        if (data) {
            blake2b_update(hs, (const unsigned char *)rel, strlen(rel) + 1);
            blake2b_update(hs, (const unsigned char *)data, len);
            free(data);
        } else {
            rc = -1;
        }
        free(names[i]);
    }
    return rc;
}

/* What the start screen asks of a pack (rh_languages, English strings) needs only these; they run
 * first in every load, so a pack opened in two steps ends in the same state as one opened at once. */
static bool start_file(const char *rel)
{
    return !strcmp(rel, "engine.lua") || !strcmp(rel, "lang/languages.lua") || !strcmp(rel, "lang/en.lua");
}

/* In a pack opened for a start, what a kiosk may never need runs only when first asked (host.load): the
 * other languages' catalogues, until a family chooses one, and the training cases, until staff start
 * training (issue 20: some 0.4 MB the start screen and an English session never use). */
static bool deferrable(const char *rel)
{
    return !start_file(rel) && (!strncmp(rel, "lang/", 5) || !strncmp(rel, "training/", 9));
}

static int run_chunk(rules *r, const char *rel, const char *src, size_t len, char *err, size_t errlen)
{
    lua_State *L = r->L;
    char chunk[1100];
    snprintf(chunk, sizeof chunk, "@%s/%s", r->dir, rel);
    int rc = luaL_loadbufferx(L, src, len, chunk, "t");
    if (rc == LUA_OK) rc = lua_pcall(L, 0, 0, 0);
    if (rc == LUA_OK) return 0;
    const char *msg = lua_tostring(L, -1);
    /* Syntax errors already name file:line; a binary chunk does not. */
    if (msg && strstr(msg, "attempt to load a binary chunk"))
        snprintf(err, errlen, "%s/%s: binary chunks are not allowed in a rule pack", r->dir, rel);
    else
        snprintf(err, errlen, "%s", msg ? msg : "error without a message");
    lua_settop(L, 0);
    return -1;
}

static void drop_start_text(rules *r)
{
    for (int i = 0; i < r->nfiles; i++) {
        free(r->start_text[i]);
        r->start_text[i] = NULL;
    }
}

/* Lists the pack's files in load order, then reads and runs the start files; their text is kept until
 * the rest is read, for the version covers every file in load order. */
static int load_start(rules *r, char *err, size_t errlen)
{
    /* directory/: services imported from Open Referral UK (righthelp directory import). */
    static const char *subdirs[] = { "sources", "london", "indicators", "questions", "areas", "directory", "lang",
                                     "training", NULL };
    if (add_file(r, "engine.lua", err, errlen) || add_file(r, "contacts.lua", err, errlen) ||
        add_file(r, "continuum.lua", err, errlen))
        return -1;
    for (const char **s = subdirs; *s; s++)
        if (list_dir(r, *s, err, errlen)) return -1;
    arm(r, r->lim.load_instructions, r->lim.load_ms);
    for (int i = 0; i < r->nfiles; i++) {
        if (!start_file(r->files[i])) continue;
        if (!(r->start_text[i] = read_pack_file(r, r->files[i], &r->start_len[i], err, errlen)) ||
            run_chunk(r, r->files[i], r->start_text[i], r->start_len[i], err, errlen) != 0)
            return -1;
    }
    r->rest = REST_WAITING;
    return 0;
}

/* Reads the rest of the pack one file at a time, in load order, hashing each (the version), and runs
 * it, or, in a pack opened for a start, keeps a deferrable file's own hash for host.load; then hashes
 * the cases. */
static int load_rest(rules *r, bool defer, char *err, size_t errlen)
{
    blake2b_state hs;
    blake2b_init(&hs, RULES_HASH_BYTES);
    int rc = 0;
    for (int i = 0; i < r->nfiles && rc == 0; i++) {
        blake2b_update(&hs, (const unsigned char *)r->files[i], strlen(r->files[i]) + 1);
        if (!r->start_text[i] && defer && deferrable(r->files[i])) {
            r->deferred[i] = true;
            rc = hash_pack_file(r, r->files[i], &hs, r->file_hash[i], err, errlen);
            continue;
        }
        size_t len = r->start_len[i];
        char *src = r->start_text[i] ? r->start_text[i] : read_pack_file(r, r->files[i], &len, err, errlen);
        if (!src) {
            rc = -1;
            break;
        }
        blake2b_update(&hs, (const unsigned char *)src, len);
        if (r->start_text[i]) r->start_text[i] = NULL;
        else rc = run_chunk(r, r->files[i], src, len, err, errlen);
        free(src);
    }
    drop_start_text(r);
    /* The pack's own cases are part of what its leads approved: hash them too. */
    if (rc == 0) rc = hash_cases(r, &hs, err, errlen);
    if (rc != 0) return -1;
    unsigned char h[RULES_HASH_BYTES];
    blake2b_final(&hs, h);
    blake2b_hex(r->version, h, sizeof h);
    return 0;
}

/* host.load(path): runs a file of the pack deferred at its start ("lang/es.lua"), or every one in a
 * folder ("training/"), once, in load order; the number run. A file that is not the one the pack's
 * version was made from (changed on disk since) is refused: the running pack stays as it was approved. */
static int host_load(lua_State *L)
{
    rules *r;
    lua_getallocf(L, (void **)&r);
    size_t wl;
    const char *want = luaL_checklstring(L, 1, &wl);
    bool folder = wl > 0 && want[wl - 1] == '/';
    int ran = 0;
    for (int i = 0; i < r->nfiles; i++) {
        if (!r->deferred[i] || (folder ? strncmp(r->files[i], want, wl) : strcmp(r->files[i], want))) continue;
        r->deferred[i] = false; /* once, even if it fails */
        char err[600];
        size_t len;
        char *src = read_pack_file(r, r->files[i], &len, err, sizeof err);
        if (!src) return luaL_error(L, "%s", err);
        unsigned char h[sizeof r->file_hash[i]];
        blake2b(h, sizeof h, (const unsigned char *)src, len);
        char chunk[1100];
        snprintf(chunk, sizeof chunk, "@%s/%s", r->dir, r->files[i]);
        int rc = memcmp(h, r->file_hash[i], sizeof h) ? -1 : luaL_loadbufferx(L, src, len, chunk, "t");
        free(src);
        if (rc == -1)
            return luaL_error(L, "%s/%s has changed since the pack was loaded: reload the pack", r->dir, r->files[i]);
        if (rc != LUA_OK) return lua_error(L);
        lua_call(L, 0, 0);
        ran++;
    }
    lua_pushinteger(L, ran);
    return 1;
}

int rules_load_program(rules *r, const char *path, char *err, size_t errlen)
{
    size_t len;
    char *src = util_read_file(path, &len, err, errlen);
    if (!src) return -1;
    char chunk[1100];
    snprintf(chunk, sizeof chunk, "@%s", path);
    arm(r, r->lim.load_instructions, r->lim.load_ms);
    int rc = luaL_loadbufferx(r->L, src, len, chunk, "t");
    free(src);
    if (rc == LUA_OK) rc = lua_pcall(r->L, 0, 0, 0);
    if (rc != LUA_OK) {
        snprintf(err, errlen, "%s", lua_tostring(r->L, -1));
        lua_settop(r->L, 0);
        return -1;
    }
    return 0;
}

/* After the whole pack has loaded: what loading left goes in one go, and decisions, which make little
 * garbage, run with Lua's default pause again. */
static void settle(rules *r)
{
    lua_gc(r->L, LUA_GCCOLLECT);
    lua_gc(r->L, LUA_GCINC, 200, 0, 0);
}

static rules *open_pack(const char *dir, const rules_limits *lim, bool later, char *err, size_t errlen)
{
    rules *r = calloc(1, sizeof *r);
    if (!r) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    r->lim = lim ? *lim : rules_default_limits();
    r->mem_cap = r->lim.memory_bytes;
    snprintf(r->dir, sizeof r->dir, "%s", dir);
    r->L = lua_newstate(sandbox_alloc, r);
    if (!r->L) {
        snprintf(err, errlen, "cannot create a Lua state");
        free(r);
        return NULL;
    }
    lua_sethook(r->L, sandbox_hook, LUA_MASKCOUNT, HOOK_EVERY);
    /* A collection when memory has grown by half, not doubled (Lua's default): loading the pack makes
     * mostly garbage (each file's chunk, the parser's work), and the kiosk's peak memory is that load. */
    lua_gc(r->L, LUA_GCINC, 150, 0, 0);
    open_sandbox(r->L);
    r->staged = later;
    if (later) { /* host.staged: a kiosk's pack, which may keep less of what only 'check' reads */
        lua_getglobal(r->L, "host");
        lua_pushboolean(r->L, 1);
        lua_setfield(r->L, -2, "staged");
        lua_pop(r->L, 1);
    }
    if (load_start(r, err, errlen) != 0 || (!later && rules_finish(r, err, errlen) != 0)) {
        rules_close(r);
        return NULL;
    }
    return r;
}

rules *rules_open(const char *dir, const rules_limits *lim, char *err, size_t errlen)
{
    return open_pack(dir, lim, false, err, errlen);
}

rules *rules_open_start(const char *dir, const rules_limits *lim, char *err, size_t errlen)
{
    return open_pack(dir, lim, true, err, errlen);
}

void rules_set_vet(rules *r, rules_vet fn, const char *arg)
{
    r->vet = fn;
    snprintf(r->vet_arg, sizeof r->vet_arg, "%s", arg ? arg : "");
}

bool rules_pending(const rules *r) { return r->rest == REST_WAITING; }

int rules_finish(rules *r, char *err, size_t errlen)
{
    if (r->rest != REST_WAITING) return r->rest == REST_FAILED ? (snprintf(err, errlen, "%s", r->rest_error), -1) : 0;
    r->rest = REST_LOADING; /* the vet below asks the pack questions: they must not finish it again */
    arm(r, r->lim.load_instructions, r->lim.load_ms);
    int rc = load_rest(r, r->staged, err, errlen);
    /* What loading left (each file's chunk, the parser's work) goes now, in one go after the start
     * screen, not a little at every decision: about a sixth of the pack's memory. */
    if (rc == 0) settle(r);
    if (rc == 0 && r->vet) rc = r->vet(r, r->vet_arg, err, errlen);
    r->rest = rc == 0 ? REST_DONE : REST_FAILED;
    if (rc != 0) {
        r->broken = true; /* half a pack, or one that failed its vet, must not answer */
        snprintf(r->rest_error, sizeof r->rest_error, "%s", err);
    }
    return rc;
}

void rules_forget(rules *r)
{
    if (r->broken || rules_pending(r)) return;
    lua_State *L = r->L;
    if (lua_getglobal(L, "rh_forget") == LUA_TFUNCTION) {
        char err[256];
        lua_pop(L, 1);
        cJSON_Delete(rules_call(r, "rh_forget", NULL, err, sizeof err)); /* a failure breaks r, as any call's */
    } else {
        lua_pop(L, 1);
    }
    lua_gc(L, LUA_GCCOLLECT); /* no finaliser runs: the sandbox has none */
}

void rules_close(rules *r)
{
    if (!r) return;
    if (r->L) lua_close(r->L);
    drop_start_text(r);
    for (int i = 0; i < r->nfiles; i++) free(r->files[i]);
    free(r);
}

const char *rules_version(const rules *r) { return r->version; }
const char *rules_dir(const rules *r) { return r->dir; }
int rules_file_count(const rules *r) { return r->nfiles; }
const char *rules_file(const rules *r, int i) { return (i >= 0 && i < r->nfiles) ? r->files[i] : NULL; }
bool rules_broken(const rules *r) { return r->broken; }
size_t rules_memory(const rules *r) { return r->mem; }
size_t rules_memory_peak(const rules *r) { return r->mem_peak; }

/* ---- conveniences ---- */

static cJSON *args_of(const char *a, const char *b)
{
    cJSON *args = cJSON_CreateArray();
    if (a) cJSON_AddItemToArray(args, cJSON_CreateString(a));
    if (b) cJSON_AddItemToArray(args, cJSON_CreateString(b));
    return args;
}

cJSON *rules_call_typed(rules *r, const char *fn, cJSON *args, int type, char *err, size_t errlen)
{
    cJSON *res = rules_call(r, fn, args, err, errlen);
    cJSON_Delete(args);
    if (res && !(res->type & type)) {
        snprintf(err, errlen, "%s returned the wrong type", fn);
        cJSON_Delete(res);
        r->broken = true;
        return NULL;
    }
    return res;
}

cJSON *rules_areas(rules *r, char *err, size_t errlen)
{
    return rules_call_typed(r, "rh_areas", NULL, cJSON_Array, err, errlen);
}

cJSON *rules_languages(rules *r, char *err, size_t errlen)
{
    return rules_call_typed(r, "rh_languages", NULL, cJSON_Array, err, errlen);
}

cJSON *rules_questions(rules *r, const char *mode, const char *lang, char *err, size_t errlen)
{
    return rules_call_typed(r, "rh_questions", args_of(mode, lang ? lang : "en"), cJSON_Array, err, errlen);
}

int rules_asked(rules *r, const char *mode, const char *qid, const cJSON *answers, char *err, size_t errlen)
{
    cJSON *args = args_of(mode, qid);
    cJSON_AddItemToArray(args, answers ? cJSON_Duplicate(answers, 1) : cJSON_CreateObject());
    cJSON *res = rules_call_typed(r, "rh_asked", args, cJSON_True | cJSON_False, err, errlen);
    if (!res) return -1;
    int asked = cJSON_IsTrue(res);
    cJSON_Delete(res);
    return asked;
}

const char *rules_string(rules *r, const char *lang, const char *key, char *buf, size_t buflen)
{
    char err[256];
    cJSON *args = args_of(lang ? lang : "en", key);
    cJSON *res = rules_call(r, "rh_string", args, err, sizeof err);
    cJSON_Delete(args);
    const char *out = NULL;
    if (res && cJSON_IsString(res)) {
        snprintf(buf, buflen, "%s", res->valuestring);
        out = buf;
    }
    cJSON_Delete(res);
    return out;
}

cJSON *rules_decide(rules *r, const char *area, const char *mode, const cJSON *answers,
                    const char *lang, char *err, size_t errlen)
{
    return rules_decide_at(r, area, mode, answers, lang, NULL, err, errlen);
}

cJSON *rules_decide_at(rules *r, const char *area, const char *mode, const cJSON *answers,
                       const char *lang, const struct tm *at, char *err, size_t errlen)
{
    cJSON *args = args_of(area, mode);
    cJSON_AddItemToArray(args, answers ? cJSON_Duplicate(answers, 1) : cJSON_CreateObject());
    cJSON_AddItemToArray(args, cJSON_CreateString(lang ? lang : "en"));
    if (at) { /* the rules read Monday as 1 */
        cJSON *t = cJSON_CreateObject();
        cJSON_AddNumberToObject(t, "wday", at->tm_wday == 0 ? 7 : at->tm_wday);
        cJSON_AddNumberToObject(t, "minute", at->tm_hour * 60 + at->tm_min);
        cJSON_AddItemToArray(args, t);
    }
    cJSON *d = rules_call_typed(r, "rh_decide", args, cJSON_Object, err, errlen);
    if (!d) return NULL;
    decision_normalise(d);
    if (decision_check(d, err, errlen) != 0) {
        /* A pack that answers in the wrong shape cannot be trusted for the next user either. */
        r->broken = true;
        cJSON_Delete(d);
        return NULL;
    }
    cJSON_AddStringToObject(d, "rules_version", r->version);
    return d;
}
