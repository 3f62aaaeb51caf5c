/* alert.h: a silent call for staff (issue 22, the kiosk's own part). When a family's answers end in "tell a
 * member of staff now" or "call 999", the kiosk runs the site's alert_command with a line of JSON on its
 * standard input: {"id", "kind", "kiosk", "at"} and nothing else (no answer, nothing identifying). The screen shows
 * only what it shows anyway. Delivery never waits: a small queue, a command killed after a time limit and
 * tried again later, the whole of it driven by the kiosk's own loop (alert_pump). */
#ifndef ALERT_H
#define ALERT_H

#include <stdbool.h>
#include <sys/types.h>

#define ALERT_QUEUE 8
#define ALERT_TIME_LIMIT_MS 5000.0  /* a command still running after this is killed, and tried again */
#define ALERT_TRIES 3
#define ALERT_TEMPFAIL 75           /* the fleet program's exit when the server is out of reach (EX_TEMPFAIL) */

/* Where an alert goes: the site's own command, and the partnership's PostgreSQL through the fleet program
 * (which alone links libpq; an alert it cannot deliver stays in the kiosk's database for 'righthelp sync'). */
enum { ALERT_SINK_COMMAND, ALERT_SINK_FLEET, ALERT_SINKS };

typedef struct alerts {
    char command[512];   /* the site's alert_command; empty: none */
    char fleet[512];     /* the fleet program, when alert_pg is set; else empty */
    char fleet_pg[512], fleet_db[512];
    char kiosk[64];
    struct {
        char json[200];
        int sink, tries;
        double not_before_ms;
    } queue[ALERT_QUEUE];
    int n;
    pid_t running;       /* the command delivering queue[0], or 0 */
    double started_ms;
    long raised, delivered, dropped;   /* delivered and dropped: by the site's command */
    long fleet_delivered, deferred;    /* to the fleet's server; deferred: left in the outbox for sync */
} alerts;

void alerts_init(alerts *al, const char *command, const char *kiosk);
/* Also sends each alert to the fleet's server: fleet_program alert --pg CONNINFO --db DB. */
void alerts_init_fleet(alerts *al, const char *fleet_program, const char *conninfo, const char *db);
/* True when an alert goes anywhere. */
bool alerts_on(const alerts *al);
/* Queues an alert of kind ("tell_staff", "emergency", "private_word") with its id (a UUID) and time
 * (UTC, "YYYY-MM-DDTHH:MM:SSZ") for each place it goes; never blocks. The oldest is dropped (and
 * logged) when the queue is full. */
void alerts_raise(alerts *al, const char *kind, const char *id, const char *at, double now_ms);
/* Starts, reaps or kills the command as due; never waits. Returns ms until it needs calling again, or -1. */
long alerts_pump(alerts *al, double now_ms);
/* Kills a command still running (the kiosk is closing). */
void alerts_stop(alerts *al);

#endif
