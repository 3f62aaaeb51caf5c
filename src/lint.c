/* lint.c: loads a pack, runs assets/lint.lua over it and collects the problems. */
#include "lint.h"

#include <time.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "util.h"

static void add(lint_report *rep, const char *where, const char *msg, bool error)
{
    if (rep->n == rep->cap) {
        rep->cap = rep->cap ? rep->cap * 2 : 32;
        rep->items = realloc(rep->items, (size_t)rep->cap * sizeof *rep->items);
        if (!rep->items) abort();
    }
    lint_item *it = &rep->items[rep->n++];
    util_copy(it->where, sizeof it->where, where);
    util_copy(it->message, sizeof it->message, msg);
    it->error = error;
    if (error) rep->errors++;
}

/* "dir/file.lua:12: message" -> where "dir/file.lua:12", message. */
static void add_message(lint_report *rep, const char *text)
{
    const char *colon = strstr(text, ".lua:");
    if (colon) {
        const char *sep = strstr(colon + 5, ": ");
        if (sep) {
            char where[160];
            size_t n = (size_t)(sep - text);
            if (n >= sizeof where) n = sizeof where - 1;
            memcpy(where, text, n);
            where[n] = 0;
            add(rep, where, sep + 2, true);
            return;
        }
    }
    add(rep, "", text, true);
}

static int contact_max_age_months = 12;

void lint_set_contact_max_age(int months)
{
    if (months > 0) contact_max_age_months = months;
}

void lint_run(const char *rules_dir, const char *assets_dir, lint_report *rep)
{
    memset(rep, 0, sizeof *rep);
    char err[2048];
    rules *r = rules_open(rules_dir, NULL, err, sizeof err);
    if (!r) {
        add_message(rep, err);
        return;
    }
    util_copy(rep->version, sizeof rep->version, rules_version(r));
    char path[1024];
    snprintf(path, sizeof path, "%s/lint.lua", assets_dir);
    if (rules_load_program(r, path, err, sizeof err) != 0) {
        add(rep, path, err, true);
        rules_close(r);
        return;
    }
    rules_limits lim = rules_default_limits();
    /* Contacts older than the setting are warned of, against today's date. */
    char today[16];
    time_t now = time(NULL);
    strftime(today, sizeof today, "%Y-%m-%d", localtime(&now));
    cJSON *args = cJSON_CreateArray(), *settings = cJSON_CreateObject();
    cJSON_AddStringToObject(settings, "today", today);
    cJSON_AddNumberToObject(settings, "max_age_months", contact_max_age_months);
    cJSON_AddItemToArray(args, settings);
    cJSON *problems = rules_call_bounded(r, "rh_lint", args, lim.load_instructions, lim.load_ms * 4, err, sizeof err);
    cJSON_Delete(args);
    if (!problems) add_message(rep, err);
    const cJSON *p;
    cJSON_ArrayForEach(p, problems) {
        const cJSON *w = cJSON_GetObjectItem(p, "where"), *m = cJSON_GetObjectItem(p, "message");
        const cJSON *e = cJSON_GetObjectItem(p, "warning");
        add(rep, cJSON_IsString(w) ? w->valuestring : "?", cJSON_IsString(m) ? m->valuestring : "?",
            !cJSON_IsTrue(e));
    }
    cJSON_Delete(problems);
    if (problems) rep->contacts = rules_call(r, "rh_contact_report", NULL, err, sizeof err);
    rules_close(r);
}

void lint_free(lint_report *rep)
{
    free(rep->items);
    cJSON_Delete(rep->contacts);
    memset(rep, 0, sizeof *rep);
}
