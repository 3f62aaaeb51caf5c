/* store.h: the kiosk's SQLite database: one anonymous row per finished session.
 *
 * Nothing typed, no names, no answers: only when (rounded to the hour), where,
 * which mode and language, and what the rules decided. WAL mode with
 * synchronous=FULL: a row reported saved survives a crash or power loss.
 * Ownership: store_open creates, store_close frees. */
#ifndef STORE_H
#define STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>
#include <cjson/cJSON.h>

#define STORE_SCHEMA_VERSION 7

typedef struct store store;

typedef struct store_session {
    time_t when;               /* rounded down to the hour before it is stored */
    const char *area, *mode, *lang;
    int continuum_level;
    const char *local_level, *route_id;
    const char *escalation;    /* NULL or a kind */
    const char *rules_version;
} store_session;   /* store_save gives each row a random session_uuid */

/* Opens (creating and migrating) the database. A file that fails its
 * integrity check is moved aside as PATH.corrupt-TIMESTAMP and a fresh one is
 * started; store_notice then says so. NULL only when no database can be had. */
store *store_open(const char *path, char *err, size_t errlen);
/* For a kiosk's start: as store_open, but a database already at the current schema opens without
 * its integrity check (it reads every page, and grows with the sessions kept) and refuses every
 * write until store_verify has run it. */
store *store_open_unverified(const char *path, char *err, size_t errlen);
bool store_unverified(const store *s);
/* Runs the check store_open_unverified left: a damaged file is moved aside and *s replaced by a
 * fresh database, as store_open does (store_notice says so). 0, or -1 when no database can be had
 * (then *s is closed and NULL). */
int store_verify(store **s, char *err, size_t errlen);
const char *store_notice(const store *s);
/* Deletes sessions older than months; returns how many, or -1. Once the
 * kiosk syncs to a fleet (setting STORE_FLEET_SETTING), only rows its server
 * has acknowledged are ever deleted. */
int store_retain(store *s, int months, char *err, size_t errlen);
/* SQLite's cache of the pages read so far goes back (the kernel keeps them for the next read). */
void store_release_memory(store *s);
void store_close(store *s);
/* The SQLite handle, for the modules that keep their own tables (outbox.c). */
struct sqlite3 *store_db(store *s);
#define STORE_FLEET_SETTING "fleet_sync"
/* "N YYYY-MM-DDTHH:MMZ": this kiosk's alerts no one had acknowledged at the last sync (issue 22). */
#define STORE_OPEN_ALERTS_SETTING "fleet_open_alerts"
int store_schema_version(store *s);

/* Writes one session in one transaction. 0 on success. */
int store_save(store *s, const store_session *row, char *err, size_t errlen);

/* Counts for 'righthelp stats': {"sessions", "by_area", "by_level", "by_route", "by_escalation"}. */
cJSON *store_stats(store *s, char *err, size_t errlen);
/* The same, for sessions from since (an ISO date such as 2026-01-01) on. */
cJSON *store_stats_since(store *s, const char *since, char *err, size_t errlen);

/* Staff settings: a value by key (0, or -1 when unset), and a change written
 * with its audit line ("what", never a PIN) in one transaction. */
int store_get_setting(store *s, const char *key, char *out, size_t n);
int store_set_setting(store *s, const char *key, const char *value, const char *audit, char *err, size_t errlen);
/* A staff action with no setting of its own: one audit line (what, when). */
int store_audit(store *s, const char *what, char *err, size_t errlen);

/* Training (issue 8): one row per case a trainee decided. Only ids and levels
 * from the rule pack's own lists: no trainee, no free text. */
typedef struct store_training_row {
    time_t when;               /* rounded down to the hour before it is stored */
    const char *area, *case_id;
    int chosen_level, rules_level;              /* Continuum 1-4 */
    const char *chosen_local, *rules_local;     /* the area's level names */
    const char *chosen_action, *rules_action;   /* the first action's id */
    const char *rules_version;
} store_training_row;

int store_training_save(store *s, const store_training_row *row, char *err, size_t errlen);
/* What a group of trainees finds hard, from since (an ISO date, or "" for all):
 * {"attempts", "level_correct", "action_correct" (shares 0-1),
 *  "by_case": [{"case", "rules_level", "attempts", "level_correct", "action_correct",
 *               "usual_wrong_level" (or null), "usual_wrong_action" (or null)}], hardest first,
 *  "by_level": [the same without "case", by the rules' level]}. Caller frees. */
cJSON *store_training_stats(store *s, const char *since, char *err, size_t errlen);

/* ---- a practitioner's judgement and the figures for managers (store_judgement.c) ---- */

typedef struct store_judgement {
    int level;                 /* the Continuum level the practitioner would choose, 1 to 4 */
    const char *local_level;   /* that level as the area names it */
    const char *reason;        /* an id from the fixed list in judgement.h: never free text */
    const char *driver;        /* the rule that set the kiosk's level, or "" */
} store_judgement;

/* The id of the row the last successful store_save wrote; call it straight after. */
long long store_last_session(store *s);
/* Attaches (or replaces) the judgement on session id: one UPDATE, one transaction. */
int store_judge(store *s, long long id, const store_judgement *j, char *err, size_t errlen);
/* Adds to out (from store_stats_since) the figures a partnership reviews its thresholds with:
 * "by_week_level" {monday: {level: n}}, "agreement_by_level" {level: {sessions, differs,
 * higher, lower}} over practitioner sessions, "judgements", "overrides" {"3 to 2": n},
 * "overridden_routes", "overridden_rules", "judgement_reasons". 0, or -1 with err. */
int store_stats_more(store *s, const char *since, cJSON *out, char *err, size_t errlen);

/* Silent calls for staff (issue 22; store_alerts.c). Only kind and time are kept. */
int store_alert_add(store *s, const char *uuid, const char *kind, const char *at, char *err, size_t errlen);
/* Up to limit alerts the fleet's server has not acknowledged, oldest first: [{"id", "kind", "at"}]. */
cJSON *store_alerts_unsent(store *s, int limit, char *err, size_t errlen);
int store_alert_sent(store *s, const char *uuid, char *err, size_t errlen);
long store_alerts_unsent_count(store *s);

#endif
