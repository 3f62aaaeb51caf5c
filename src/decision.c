/* decision.c: checks that a decision from the rule pack has the right shape. */
#include "decision.h"

#include <stdio.h>
#include <string.h>

static int want(const cJSON *obj, const char *key, int type, const char *where, char *err, size_t errlen)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v || !(v->type & type)) {
        snprintf(err, errlen, "decision%s: field '%s' is missing or of the wrong type", where, key);
        return -1;
    }
    return 0;
}

int decision_check(const cJSON *d, char *err, size_t errlen)
{
    if (!cJSON_IsObject(d)) {
        snprintf(err, errlen, "decision is not an object");
        return -1;
    }
    if (want(d, "area", cJSON_String, "", err, errlen) || want(d, "mode", cJSON_String, "", err, errlen) ||
        want(d, "continuum_level", cJSON_Number, "", err, errlen) ||
        want(d, "local_level", cJSON_String, "", err, errlen) ||
        want(d, "route", cJSON_Array | cJSON_Object, "", err, errlen) ||
        want(d, "reasons", cJSON_Array | cJSON_Object, "", err, errlen) ||
        want(d, "consent", cJSON_String, "", err, errlen))
        return -1;
    double lv = cJSON_GetObjectItemCaseSensitive(d, "continuum_level")->valuedouble;
    if (lv != 1 && lv != 2 && lv != 3 && lv != 4) {
        snprintf(err, errlen, "decision: continuum_level %g is outside 1-4", lv);
        return -1;
    }
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(d, "escalation");
    if (e && !cJSON_IsNull(e)) {
        if (want(e, "kind", cJSON_String, ".escalation", err, errlen) ||
            want(e, "text", cJSON_String, ".escalation", err, errlen))
            return -1;
        const char *k = e->child ? cJSON_GetObjectItemCaseSensitive(e, "kind")->valuestring : "";
        if (strcmp(k, "emergency") && strcmp(k, "same_day") && strcmp(k, "tell_staff")) {
            snprintf(err, errlen, "decision: unknown escalation kind '%s'", k);
            return -1;
        }
    }
    /* An empty Lua table arrives as an object: treat it as an empty list. */
    const cJSON *item;
    cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(d, "route")) {
        static const char *f[] = { "service", "name", "how", "contact", "source" };
        for (size_t i = 0; i < sizeof f / sizeof *f; i++)
            if (want(item, f[i], cJSON_String, ".route[]", err, errlen)) return -1;
    }
    cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(d, "reasons")) {
        if (want(item, "rule", cJSON_String, ".reasons[]", err, errlen) ||
            want(item, "level", cJSON_Number, ".reasons[]", err, errlen) ||
            want(item, "because", cJSON_String, ".reasons[]", err, errlen))
            return -1;
    }
    return 0;
}

const char *decision_str(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(v) ? v->valuestring : "";
}

int decision_level(const cJSON *d)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(d, "continuum_level");
    return cJSON_IsNumber(v) ? (int)v->valuedouble : 0;
}

const char *decision_escalation(const cJSON *d)
{
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(d, "escalation");
    if (!cJSON_IsObject(e)) return NULL;
    const cJSON *k = cJSON_GetObjectItemCaseSensitive(e, "kind");
    return cJSON_IsString(k) ? k->valuestring : NULL;
}

void decision_normalise(cJSON *d)
{
    static const char *lists[] = { "route", "reasons", "strengths" };
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++) {
        cJSON *v = cJSON_GetObjectItemCaseSensitive(d, lists[i]);
        if (cJSON_IsObject(v) && v->child == NULL)
            cJSON_ReplaceItemInObjectCaseSensitive(d, lists[i], cJSON_CreateArray());
    }
    /* Lua drops nil fields; the contract says "escalation": null. */
    if (!cJSON_GetObjectItemCaseSensitive(d, "escalation")) cJSON_AddNullToObject(d, "escalation");
}
