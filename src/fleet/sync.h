/* sync.h: sends the kiosk's finished sessions to the partnership's server.
 *
 * Oldest first, in batches, one round trip each; a row is marked sent only
 * after the server's answer has been read, so a crash at any point can only
 * send a row twice (the server ignores the second copy), never lose it. A
 * batch the server refuses is split in halves until the refused row is found;
 * that row is set aside with the server's error and the rest go on. A lost
 * connection is retried a few times with jittered, growing sleeps; beyond that
 * the run ends with every row kept, and the systemd timer tries again later.
 * Never called from the frame loop: 'righthelp sync' is its own process. */
#ifndef SYNC_H
#define SYNC_H

#include <stddef.h>

#include "store.h"

typedef struct sync_options {
    int batch;          /* rows per round trip */
    int retries;        /* extra tries of one round trip after a transient error */
    int backoff_ms;     /* first sleep before a retry; doubles, with jitter */
    const char *rules;  /* the pack folder whose version the heartbeat reports, or NULL */
} sync_options;

sync_options sync_defaults(void);

typedef struct sync_report {
    int sent;       /* rows the server had not seen */
    int duplicates; /* rows it already had (a retry after a lost answer) */
    int set_aside;  /* rows refused in this run */
    int pending;    /* rows still waiting at the end */
    int retries;    /* transient errors retried */
    int alerts;     /* silent calls for staff delivered late (the server was out of reach when raised) */
} sync_report;

/* 0 when every waiting row was sent or set aside and the heartbeat recorded;
 * -1 with err otherwise (the rows not acknowledged stay waiting). */
int sync_run(store *s, const char *conninfo, const sync_options *o, sync_report *rep, char *err, size_t errlen);

#endif
