/* outbox.h: the kiosk's side of the fleet queue, in its own SQLite database.
 *
 * A session row waits here until the partnership's server has acknowledged it
 * (sent_at) or has refused it (refused, with the server's error: set aside,
 * never retried on its own and never deleted). Nothing here talks to a
 * network: sync.c does, and marks rows only after the server has answered. */
#ifndef OUTBOX_H
#define OUTBOX_H

#include <stddef.h>
#include <cjson/cJSON.h>

#include "store.h"

/* The row formats the server's ingest function accepts ("v" in each row): 1
 * is a session; 2 is a session with a practitioner's judgement, which needs
 * the server's schema 2. A row without a judgement is sent as 1, so a kiosk
 * upgraded before its server still sends every session. */
#define OUTBOX_ROW_FORMAT 1
#define OUTBOX_ROW_FORMAT_JUDGED 2

/* Up to limit waiting rows, oldest first, as a JSON array of objects
 * {"v","uuid","seq","hour","area","mode","lang","level","local_level","route",
 * "escalation","rules_version"}, and with a judgement also "judged_level",
 * "judged_local_level","judged_reason","judged_driver". A judgement made after
 * a row was sent puts the row back in the queue (store_judge). An empty array
 * when none wait; NULL on error. Caller frees. */
cJSON *outbox_next(store *s, int limit, char *err, size_t errlen);

/* Marks these rows (as outbox_next gave them) acknowledged, in one
 * transaction; a row whose judgement changed since it was read stays in the
 * queue, so the new judgement is sent next time. 0 on success. */
int outbox_mark_sent(store *s, cJSON *const *rows, int n, char *err, size_t errlen);

/* Sets one row aside with the server's reason. 0 on success. */
int outbox_set_aside(store *s, long long seq, const char *why, char *err, size_t errlen);

/* Puts every set-aside row back in the queue (after the server is fixed);
 * returns how many, or -1. */
int outbox_retry_refused(store *s, char *err, size_t errlen);

typedef struct outbox_status {
    int pending;             /* waiting to be sent */
    int set_aside;           /* refused by the server */
    char oldest_unsent[32];  /* hour of the oldest waiting row, or "" */
    char last_session[32];   /* hour of the newest row, or "" */
} outbox_status;

int outbox_state(store *s, outbox_status *out, char *err, size_t errlen);

/* Records that this kiosk syncs to a fleet: from then on retention keeps
 * every unacknowledged row. 0 on success. */
int outbox_join_fleet(store *s, char *err, size_t errlen);

#endif
