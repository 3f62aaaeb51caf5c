/* cases.h: scenario tests as data: given these answers, expect this level,
 * local level, route and escalation. Used by 'righthelp check --cases DIR'
 * and by the kiosk's self-test of a pack on every start and reload.
 *
 * A case file is JSON: {"description", "area", "mode", "answers": {...},
 * "expect": {"continuum_level", "local_level", "escalation" (kind or null),
 * "route_first" (service id), "reasons_include": [rule ids]}}. */
#ifndef CASES_H
#define CASES_H

#include <stddef.h>
#include <cjson/cJSON.h>

#include "published.h"
#include "rules.h"

typedef struct cases_report {
    int run, passed, failed;
    cJSON *failures;      /* [{"file", "message"}] */
    cJSON *unexercised;   /* {"rules": [...], "options": [...]} when an inventory was given */
    published_report *published; /* published cases are scored here when set (check), else refused */
} cases_report;

/* Runs every *.json under dir (recursively) against r. inventory, from the
 * linter's rh_inventory, enables the coverage report (may be NULL). Published
 * cases (published.h) are scored into pub when it is not NULL. */
int cases_run(rules *r, const char *dir, const cJSON *inventory, published_report *pub, cases_report *rep);
void cases_free(cases_report *rep);

/* Checks one decision against one case's "expect"; 0 when it matches, else
 * -1 with the first difference in msg. */
int cases_compare(const cJSON *expect, const cJSON *decision, char *msg, size_t msglen);

#endif
