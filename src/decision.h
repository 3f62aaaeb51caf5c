/* decision.h: the shape of a decision, as the rule pack must return it.
 * The pack decides; this module only refuses a decision of the wrong shape, so
 * that the screen never shows half an answer. */
#ifndef DECISION_H
#define DECISION_H

#include <stddef.h>
#include <cjson/cJSON.h>

/* 0 when d has every field with the right type and range; else -1 and err. */
int decision_check(const cJSON *d, char *err, size_t errlen);

/* An empty Lua table arrives as {}: turn the lists of a decision into []. */
void decision_normalise(cJSON *d);

/* Field readers that never fail: "" or 0 for an absent field. */
const char *decision_str(const cJSON *obj, const char *key);
int decision_level(const cJSON *d);
/* The escalation kind ("emergency", "same_day", "tell_staff") or NULL. */
const char *decision_escalation(const cJSON *d);

#endif
