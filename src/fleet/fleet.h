/* fleet.h: the partnership's PostgreSQL, through libpq.
 *
 * One kiosk's SQLite stays the system of record; this is the shared store a
 * partnership's managers read across every kiosk. The schema is in
 * fleet_schema.c. Every call returns a status and writes a message into the
 * caller's buffer; nothing here prints. */
#ifndef FLEET_H
#define FLEET_H

#include <stdbool.h>
#include <stddef.h>
#include <cjson/cJSON.h>
#include <libpq-fe.h>

#include "version.h"   /* RIGHTHELP_VERSION, sent in each heartbeat */

extern const char *const fleet_bootstrap;
extern const char *const fleet_migrations[];
extern const int fleet_nmigrations;

/* What a failed call means for the rows it carried. */
typedef enum fleet_status {
    FLEET_OK = 0,
    FLEET_REFUSED,   /* the server refused the data (a bad value, an unknown row format) */
    FLEET_TRANSIENT, /* no connection, a restart, a lock: try again later */
    FLEET_FATAL,     /* not allowed, no schema: a person has to act */
} fleet_status;

/* Connects (with a 10 s connect timeout unless conninfo names one). NULL with
 * err on failure. Close with PQfinish. */
PGconn *fleet_connect(const char *conninfo, char *err, size_t errlen);
/* The same with its own connect timeout in seconds (an alert must not wait 10 s to learn the server is gone). */
PGconn *fleet_connect_within(const char *conninfo, int seconds, char *err, size_t errlen);

/* Creates or migrates the schema in one transaction; *from and *to say which
 * versions. 0 on success. */
int fleet_init(PGconn *c, int *from, int *to, char *err, size_t errlen);

/* Registers kiosk id as login role (created with a random password written
 * to password_out, unless use_existing). 0 on success. */
int fleet_add_kiosk(PGconn *c, const char *kiosk, const char *role, bool use_existing, char *password_out,
                    size_t pwlen, char *err, size_t errlen);

/* Sends one batch (a JSON array of outbox rows) in one round trip; *fresh is
 * how many the server had not seen. */
fleet_status fleet_ingest(PGconn *c, const char *batch_json, int *fresh, char *err, size_t errlen);

typedef struct fleet_beat {
    const char *app_version, *rules_version, *rules_hash;
    int queue_depth, set_aside;
    const char *oldest_unsent, *db_health, *last_session; /* "" for none */
} fleet_beat;

fleet_status fleet_heartbeat(PGconn *c, const fleet_beat *b, char *err, size_t errlen);

/* For the fleet's own files: one call of a function returning one row (*value, if asked, its first column
 * as a number), the failure sorted by what it means; and the server's reason for a failure in one line. */
fleet_status fleet_call(PGconn *c, const char *sql, int nparams, const char *const *params, int *value,
                        const char *what, char *err, size_t errlen);
void fleet_reason(char *err, size_t errlen, const char *what, PGconn *c, const PGresult *r);

/* Silent calls for staff (issue 22; fleet_alerts.c). */
/* Raises one as this kiosk's login; a second call with the same id changes nothing (retries ring once). */
fleet_status fleet_raise_alert(PGconn *c, const char *id, const char *kind, const char *at, char *err, size_t errlen);
/* Names the site (a reception) a kiosk belongs to; 0 on success. */
int fleet_set_site(PGconn *c, const char *kiosk, const char *site, char *err, size_t errlen);
/* Unacknowledged alerts with a number above after_id, for site (NULL: every site), oldest first:
 * [{"id", "kiosk", "site", "kind", "at"}]. NULL with err when the login may not read them. */
cJSON *fleet_open_alerts(PGconn *c, const char *site, long long after_id, char *err, size_t errlen);
/* How many of this kiosk's alerts are not yet acknowledged (the kiosk's own login), or -1 with err. */
long fleet_open_alerts_here(PGconn *c, char *err, size_t errlen);
/* 1 acknowledged, 0 already acknowledged or no such alert, -1 with err. */
int fleet_ack_alert(PGconn *c, long long id, char *err, size_t errlen);

/* The fleet's statistics: {"fleet": {...}, "kiosks": {"ID": {...}}}, each
 * shaped like store_stats. NULL on error. */
cJSON *fleet_stats(PGconn *c, char *err, size_t errlen);

#endif
