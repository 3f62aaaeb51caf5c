/* alert.h: a silent call for staff (issue 22, the kiosk's own part). When a family's answers end in "tell a
 * member of staff now" or "call 999", the kiosk runs the site's alert_command with a line of JSON on its
 * standard input: {"kind", "kiosk", "at"} and nothing else (no answer, nothing identifying). The screen shows
 * only what it shows anyway. Delivery never waits: a small queue, a command killed after a time limit and
 * tried again later, the whole of it driven by the kiosk's own loop (alert_pump). */
#ifndef ALERT_H
#define ALERT_H

#include <stdbool.h>
#include <sys/types.h>

#define ALERT_QUEUE 8
#define ALERT_TIME_LIMIT_MS 5000.0  /* a command still running after this is killed, and tried again */
#define ALERT_TRIES 3

typedef struct alerts {
    char command[512];   /* empty: alerts are off */
    char kiosk[64];
    struct {
        char json[160];
        int tries;
        double not_before_ms;
    } queue[ALERT_QUEUE];
    int n;
    pid_t running;       /* the command delivering queue[0], or 0 */
    double started_ms;
    long raised, delivered, dropped;
} alerts;

void alerts_init(alerts *al, const char *command, const char *kiosk);
/* Queues an alert of kind ("tell_staff", "emergency", "private_word"); never blocks. The oldest is dropped
 * (and logged) when the queue is full. */
void alerts_raise(alerts *al, const char *kind, double now_ms);
/* Starts, reaps or kills the command as due; never waits. Returns ms until it needs calling again, or -1. */
long alerts_pump(alerts *al, double now_ms);
/* Kills a command still running (the kiosk is closing). */
void alerts_stop(alerts *al);

#endif
