/* published.h: published cases (tests/published/): real cases with the publisher's own outcome,
 * answered blind at the kiosk's questions, scored as the kiosk would give them.
 *
 * A published case is a case file with "facts", "expect" {"level", "accepted": [lo, hi],
 * "action": "999" | "today" | "none"} and "mapping" {"questions": {mode: hash}, "practitioner":
 * {answers}, "family": {answers}} (tests/published/README.md). Each mode's answers are walked as the
 * kiosk walks them: one answer at a time, stopping at the first escalation, as the screens do. */
#ifndef PUBLISHED_H
#define PUBLISHED_H

#include <stdbool.h>
#include <stdio.h>
#include <cjson/cJSON.h>

#include "rules.h"

enum { PUB_PRACTITIONER, PUB_FAMILY, PUB_MODES };

typedef struct published_mode {
    int cases;          /* scored in this mode */
    int acceptable;     /* level within the accepted range */
    int exact;          /* the publisher's own level */
    int within_one;     /* at most one level from the publisher's */
    int over, under;    /* outside the accepted range, above or below */
    int need_action;    /* cases needing action today (or 999) */
    int escalated;      /* of those, escalated (999, same day, or tell a member of staff) */
    int needless_999;   /* 999 where the case did not need it */
    int *asked;         /* questions asked per case, for the median and the largest */
    int nasked, capasked;
} published_mode;

typedef struct published_report {
    published_mode mode[PUB_MODES];
    int run, failed;
    cJSON *misses;      /* [{"file", "mode", "level", "accepted", "action", "escalation"}] */
    char hash[PUB_MODES][65]; /* the question lists' hashes, as a mapper saw them */
} published_report;

/* Is this parsed case file a published case? */
bool published_is(const cJSON *c);

void published_init(published_report *rep, rules *r);
/* Scores one published case: 0, or -1 with the reason in err when it cannot be scored (no mapping,
 * a mapping made for other questions, an answer the flow needs left out). */
int published_run(published_report *rep, rules *r, const char *path, const cJSON *c, char *err, size_t errlen);
cJSON *published_json(const published_report *rep);
void published_print(const published_report *rep, FILE *out);
/* The floor 'make test' holds each mode to, from DIR/floor.json ({"practitioner": {"acceptable": 84,
 * "recall": 100}, "family": {...}}, in per cent): the figures the set reached, so that a change that
 * makes the advice worse fails. Without the file, the target: 90 % acceptable and every case
 * needing action escalated. Prints what falls short to out. */
bool published_meets_floor(const published_report *rep, const char *dir, FILE *out);
void published_free(published_report *rep);

#endif
