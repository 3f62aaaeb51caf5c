/* cases.c: runs case files through the rules and reports what no case exercises. */
#include "cases.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "decision.h"
#include "util.h"

int cases_compare(const cJSON *expect, const cJSON *d, char *msg, size_t msglen)
{
    /* A misspelt expectation would check nothing: every key must be one of these. */
    static const char *const known[] = { "continuum_level", "local_level", "escalation", "route_first",
                                         "route_excludes", "reasons_include", "reasons_exclude" };
    const cJSON *key;
    cJSON_ArrayForEach(key, expect) {
        bool ok = false;
        for (size_t i = 0; i < sizeof known / sizeof *known; i++) ok |= !strcmp(key->string, known[i]);
        if (!ok) {
            snprintf(msg, msglen, "unknown expectation '%s'", key->string);
            return -1;
        }
    }
    const cJSON *lv = cJSON_GetObjectItemCaseSensitive(expect, "continuum_level");
    if (cJSON_IsNumber(lv) && (int)lv->valuedouble != decision_level(d)) {
        snprintf(msg, msglen, "continuum_level %d, expected %d", decision_level(d), (int)lv->valuedouble);
        return -1;
    }
    const cJSON *ll = cJSON_GetObjectItemCaseSensitive(expect, "local_level");
    if (cJSON_IsString(ll) && strcmp(ll->valuestring, decision_str(d, "local_level"))) {
        snprintf(msg, msglen, "local_level '%s', expected '%s'", decision_str(d, "local_level"), ll->valuestring);
        return -1;
    }
    const cJSON *esc = cJSON_GetObjectItemCaseSensitive(expect, "escalation");
    if (esc) {
        const char *got = decision_escalation(d);
        const char *want = cJSON_IsString(esc) ? esc->valuestring : NULL;
        if ((got == NULL) != (want == NULL) || (got && strcmp(got, want))) {
            snprintf(msg, msglen, "escalation %s, expected %s", got ? got : "null", want ? want : "null");
            return -1;
        }
    }
    const cJSON *first = cJSON_GetObjectItemCaseSensitive(expect, "route_first");
    if (cJSON_IsString(first)) {
        const cJSON *r0 = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(d, "route"), 0);
        const char *got = r0 ? decision_str(r0, "service") : "(no route)";
        if (strcmp(got, first->valuestring)) {
            snprintf(msg, msglen, "route starts with '%s', expected '%s'", got, first->valuestring);
            return -1;
        }
    }
    /* A service that must not be offered, e.g. a mental health service for a child who is missing. */
    const cJSON *ex, *e;
    cJSON_ArrayForEach(ex, cJSON_GetObjectItemCaseSensitive(expect, "route_excludes"))
        cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(d, "route"))
            if (cJSON_IsString(ex) && !strcmp(decision_str(e, "service"), ex->valuestring)) {
                snprintf(msg, msglen, "route offers '%s', which it should not", ex->valuestring);
                return -1;
            }
    const cJSON *inc;
    cJSON_ArrayForEach(inc, cJSON_GetObjectItemCaseSensitive(expect, "reasons_include")) {
        bool found = false;
        const cJSON *r;
        cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(d, "reasons"))
            found |= cJSON_IsString(inc) && !strcmp(decision_str(r, "rule"), inc->valuestring);
        if (!found) {
            snprintf(msg, msglen, "reasons lack '%s'", cJSON_IsString(inc) ? inc->valuestring : "?");
            return -1;
        }
    }
    /* A rule that must not fire, e.g. level 3 offending for a child diverted out of court. */
    cJSON_ArrayForEach(inc, cJSON_GetObjectItemCaseSensitive(expect, "reasons_exclude")) {
        const cJSON *r;
        cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(d, "reasons"))
            if (cJSON_IsString(inc) && !strcmp(decision_str(r, "rule"), inc->valuestring)) {
                snprintf(msg, msglen, "reasons include '%s', which they should not", inc->valuestring);
                return -1;
            }
    }
    return 0;
}

static void fail(cases_report *rep, const char *file, const char *msg)
{
    cJSON *f = cJSON_CreateObject();
    cJSON_AddStringToObject(f, "file", file);
    cJSON_AddStringToObject(f, "message", msg);
    cJSON_AddItemToArray(rep->failures, f);
    rep->failed++;
}

static void mark(cJSON *seen, const char *key)
{
    if (!cJSON_GetObjectItemCaseSensitive(seen, key)) cJSON_AddTrueToObject(seen, key);
}

static void run_one(rules *r, const char *path, cases_report *rep, cJSON *seen)
{
    char err[1024];
    char *text = util_read_file(path, NULL, err, sizeof err);
    rep->run++;
    if (!text) {
        fail(rep, path, err);
        return;
    }
    cJSON *c = cJSON_Parse(text);
    free(text);
    if (published_is(c)) {
        /* A published case is scored, not passed or failed on its level: only a case that cannot be
         * scored (unmapped, or mapped for other questions) fails. */
        if (!rep->published) {
            fail(rep, path, "a published case: run it with 'check --cases DIR --report'");
        } else if (published_run(rep->published, r, path, c, err, sizeof err) == 0) {
            rep->passed++;
        } else {
            fail(rep, path, err);
        }
        cJSON_Delete(c);
        return;
    }
    const cJSON *answers = cJSON_GetObjectItemCaseSensitive(c, "answers");
    const cJSON *expect = cJSON_GetObjectItemCaseSensitive(c, "expect");
    if (!cJSON_IsObject(answers) || !cJSON_IsObject(expect) || !*decision_str(c, "area") || !*decision_str(c, "mode")) {
        fail(rep, path, "not a case: needs area, mode, answers and expect");
        cJSON_Delete(c);
        return;
    }
    cJSON *d = rules_decide(r, decision_str(c, "area"), decision_str(c, "mode"), answers, "en", err, sizeof err);
    if (!d) {
        fail(rep, path, err);
        cJSON_Delete(c);
        return;
    }
    if (cases_compare(expect, d, err, sizeof err) == 0) rep->passed++;
    else fail(rep, path, err);
    const cJSON *it;
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(d, "reasons")) mark(seen, decision_str(it, "rule"));
    char key[256];
    snprintf(key, sizeof key, "route:%s", decision_str(d, "route_id"));
    mark(seen, key);
    cJSON_ArrayForEach(it, answers) {
        if (!cJSON_IsString(it)) continue;
        snprintf(key, sizeof key, "%s=%s", it->string, it->valuestring);
        mark(seen, key);
    }
    cJSON_Delete(d);
    cJSON_Delete(c);
}

static void walk(rules *r, const char *dir, cases_report *rep, cJSON *seen, int depth)
{
    if (depth > 4) return;
    char *names[1024];
    int n = util_list_dir(dir, "", names, 1024);
    if (n < 0) {
        if (errno == E2BIG) fail(rep, dir, "more than 1024 entries in one case folder: split it");
        else if (depth == 0) fail(rep, dir, "cannot open the case folder");
        return;
    }
    for (int i = 0; i < n; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        struct stat st;
        size_t len = strlen(names[i]);
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) walk(r, path, rep, seen, depth + 1);
        /* floor.json beside published cases is their floor (published.h), not a case. */
        else if (len > 5 && !strcmp(names[i] + len - 5, ".json") && strcmp(names[i], "floor.json"))
            run_one(r, path, rep, seen);
        free(names[i]);
    }
}

static cJSON *missing(const cJSON *all, const cJSON *seen)
{
    cJSON *out = cJSON_CreateArray();
    const cJSON *it;
    cJSON_ArrayForEach(it, all)
        if (cJSON_IsString(it) && !cJSON_GetObjectItemCaseSensitive(seen, it->valuestring))
            cJSON_AddItemToArray(out, cJSON_CreateString(it->valuestring));
    return out;
}

int cases_run(rules *r, const char *dir, const cJSON *inventory, published_report *pub, cases_report *rep)
{
    memset(rep, 0, sizeof *rep);
    rep->failures = cJSON_CreateArray();
    rep->published = pub;
    cJSON *seen = cJSON_CreateObject();
    walk(r, dir, rep, seen, 0);
    if (inventory) {
        rep->unexercised = cJSON_CreateObject();
        cJSON_AddItemToObject(rep->unexercised, "rules",
                              missing(cJSON_GetObjectItemCaseSensitive(inventory, "rules"), seen));
        cJSON_AddItemToObject(rep->unexercised, "options",
                              missing(cJSON_GetObjectItemCaseSensitive(inventory, "options"), seen));
    }
    cJSON_Delete(seen);
    return rep->failed ? -1 : 0;
}

void cases_free(cases_report *rep)
{
    cJSON_Delete(rep->failures);
    cJSON_Delete(rep->unexercised);
    memset(rep, 0, sizeof *rep);
}
