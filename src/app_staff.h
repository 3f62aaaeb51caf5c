/* app_staff.h: the kiosk's staff side (app_staff.c: settings, statistics, the
 * PIN lock, daily retention) and "my judgement differs" (app_judge.c), kept out
 * of app.c so the core state machine stays small. Only app*.c and screen*.c use it. */
#ifndef APP_STAFF_H
#define APP_STAFF_H

#include <stdbool.h>

#include "app.h"

/* Reads the kiosk-wide settings and the PIN lock from the database (app_init). */
void staff_load(app *a);
/* What each new person starts with: text size and theme as staff set them. */
void staff_defaults(app *a);
/* True if the start screen offers mode ("family", "practitioner", "training"), and
 * the same for ACT_MODE's argument (0 family, 1 practitioner, 2 training). */
bool staff_offers(const app *a, const char *mode);
bool staff_offers_mode(const app *a, int arg);
/* Writes a setting with its audit line; says on the staff screen what happened. */
bool staff_save(app *a, const char *key, const char *value, const char *what);
/* The settings and statistics actions. */
void staff_act(app *a, app_action act, int arg);
/* Keeps the PIN lock (wrong tries, locked until) across restarts, never the PIN. */
void staff_lock_changed(app *a, const char *what);
/* Between sessions: retention once a day (a cheap test of the clock otherwise). */
void staff_daily(app *a);
/* One line for staff on the database: working, or why sessions are not logged. */
const char *staff_db_state(app *a);
/* "Contacts: ..." how many of the pack's contacts are older than the setting. */
const char *staff_contacts_state(app *a);

/* The statistics screen's date ranges. */
#define STAFF_NRANGES 4
const char *staff_range_label(int i);

/* My judgement differs: the actions, and a finished session's saved row. */
void judge_act(app *a, app_action act, int arg);
void judge_session_saved(app *a, long long id);
/* The area's levels as a JSON array of {continuum, name} (caller frees), or NULL. */
cJSON *judge_levels(app *a);
/* "Level 2" or "2a (level 2)": a level as the area names it, with its Continuum number. */
const char *judge_level_label(app *a, const cJSON *level);

#endif
