/* sessioncheck.h: what must hold of the kiosk after every event, shared by the
 * touch storm and the soak: the screen is a known one, answers exist only inside
 * a session, and every answer kept is one of the options of a question of this
 * session's flow (nothing the screens did not offer). */
#ifndef SESSIONCHECK_H
#define SESSIONCHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"

/* NULL when the state is consistent, else what is wrong. */
static inline const char *sc_check(const app *a)
{
    static char why[300];
    if (a->screen < SCREEN_START || a->screen > SCREEN_TRAIN_SCORE) return "the screen is not a known one";
    if ((a->screen == SCREEN_START || a->screen == SCREEN_NEUTRAL || a->screen == SCREEN_FAILSAFE) && a->fl.nanswers)
        return "answers outlived the session";
    if ((a->screen == SCREEN_RESULT || a->screen == SCREEN_ESCALATION) && !a->decision)
        return "a result screen without a decision";
    if (a->ui.full) return "the screen's draw list overflowed";
    if (a->fl.nanswers < 0 || a->fl.nanswers > FLOW_MAX_QUESTIONS) return "answer count out of range";
    for (int i = 0; i < a->fl.nanswers; i++) {
        const flow_pair *p = &a->fl.answers[i];
        int qi = flow_index_of(&a->fl, p->qid);
        if (qi < 0) {
            snprintf(why, sizeof why, "an answer to '%s', which is not a question of this flow", p->qid);
            return why;
        }
        bool offered = false;
        const cJSON *o;
        cJSON_ArrayForEach(o, cJSON_GetObjectItemCaseSensitive(flow_question(&a->fl, qi), "options")) {
            const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
            if (cJSON_IsString(id) && !strcmp(id->valuestring, p->aid)) offered = true;
        }
        if (!offered) {
            snprintf(why, sizeof why, "answer '%s' to '%s' was not one of its options", p->aid, p->qid);
            return why;
        }
        for (int j = 0; j < i; j++)
            if (!strcmp(a->fl.answers[j].qid, p->qid)) return "two answers to one question";
    }
    return NULL;
}

/* Resident memory of this process now, in KiB (from /proc). */
static inline long sc_rss_kib(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long pages = 0, resident = 0;
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

/* True under AddressSanitizer or valgrind, where resident memory measures the tool, not us. */
static inline bool sc_memory_is_tooled(void)
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#endif
#endif
    const char *pre = getenv("LD_PRELOAD");
    return pre && strstr(pre, "vgpreload");
}

#endif
