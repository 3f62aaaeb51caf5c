/* alert.c: runs the site's alert command for a silent call for staff; see alert.h. */
#include "alert.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

extern char **environ;

void alerts_init(alerts *al, const char *command, const char *kiosk)
{
    memset(al, 0, sizeof *al);
    util_copy(al->command, sizeof al->command, command ? command : "");
    util_copy(al->kiosk, sizeof al->kiosk, kiosk && *kiosk ? kiosk : "kiosk");
    /* A command that exits before reading must not end the kiosk with SIGPIPE. */
    if (*al->command) signal(SIGPIPE, SIG_IGN);
}

void alerts_init_fleet(alerts *al, const char *fleet_program, const char *conninfo, const char *db)
{
    util_copy(al->fleet, sizeof al->fleet, fleet_program);
    util_copy(al->fleet_pg, sizeof al->fleet_pg, conninfo);
    util_copy(al->fleet_db, sizeof al->fleet_db, db);
    signal(SIGPIPE, SIG_IGN);
}

bool alerts_on(const alerts *al)
{
    return *al->command || *al->fleet;
}

static void drop_head(alerts *al)
{
    memmove(&al->queue[0], &al->queue[1], sizeof al->queue[0] * (size_t)(al->n - 1));
    al->n--;
}

void alerts_raise(alerts *al, const char *kind, const char *id, const char *at, double now_ms)
{
    for (int sink = 0; sink < ALERT_SINKS; sink++) {
        if (!*(sink == ALERT_SINK_COMMAND ? al->command : al->fleet)) continue;
        if (al->n == ALERT_QUEUE) {
            util_log("alert: queue full, the oldest alert is dropped");
            al->dropped++;
            if (al->running) alerts_stop(al);
            drop_head(al);
        }
        snprintf(al->queue[al->n].json, sizeof al->queue[al->n].json,
                 "{\"id\":\"%s\",\"kind\":\"%s\",\"kiosk\":\"%s\",\"at\":\"%s\"}\n", id, kind, al->kiosk, at);
        al->queue[al->n].sink = sink;
        al->queue[al->n].tries = 0;
        al->queue[al->n].not_before_ms = now_ms;
        al->n++;
    }
    al->raised++;
    util_log("alert: %s raised", kind);
}

/* The head of the queue failed: tried again later, or given up after ALERT_TRIES. */
static void failed(alerts *al, double now_ms, const char *why)
{
    if (++al->queue[0].tries >= ALERT_TRIES && al->queue[0].sink == ALERT_SINK_FLEET) {
        /* Recorded in the kiosk's database before it was queued: sync delivers it when the server is back. */
        util_log("alert: the fleet's server not reached after %d tries (%s); left for sync", ALERT_TRIES, why);
        al->deferred++;
        drop_head(al);
    } else if (al->queue[0].tries >= ALERT_TRIES) {
        util_log("alert: not delivered after %d tries (%s); dropped", ALERT_TRIES, why);
        al->dropped++;
        drop_head(al);
    } else {
        util_log("alert: %s; trying again", why);
        al->queue[0].not_before_ms = now_ms + 2000.0 * al->queue[0].tries;
    }
}

static void start(alerts *al, double now_ms)
{
    int fds[2];
    if (pipe(fds) != 0) {
        failed(al, now_ms, strerror(errno));
        return;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[0], 0);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    posix_spawn_file_actions_addclose(&fa, fds[1]);
    bool fleet = al->queue[0].sink == ALERT_SINK_FLEET;
    char *argv[] = { fleet ? al->fleet : al->command, fleet ? "alert" : NULL, "--pg", al->fleet_pg, "--db", al->fleet_db,
                     NULL };
    pid_t pid;
    int rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[0]);
    if (rc != 0) {
        close(fds[1]);
        failed(al, now_ms, strerror(rc));
        return;
    }
    /* A line of JSON is far below the pipe's buffer: the write never waits for the command. */
    const char *j = al->queue[0].json;
    if (write(fds[1], j, strlen(j)) < 0) util_log("alert: writing to the command: %s", strerror(errno));
    close(fds[1]);
    al->running = pid;
    al->started_ms = now_ms;
}

long alerts_pump(alerts *al, double now_ms)
{
    if (al->running) {
        int st;
        pid_t r = waitpid(al->running, &st, WNOHANG);
        if (r == al->running) {
            al->running = 0;
            if (WIFEXITED(st) && WEXITSTATUS(st) == 0) {
                if (al->queue[0].sink == ALERT_SINK_FLEET) al->fleet_delivered++;
                else al->delivered++;
                drop_head(al);
            } else if (WIFEXITED(st) && WEXITSTATUS(st) == ALERT_TEMPFAIL && al->queue[0].sink == ALERT_SINK_FLEET) {
                failed(al, now_ms, "the fleet's server is out of reach");
            } else {
                failed(al, now_ms, al->queue[0].sink == ALERT_SINK_FLEET ? "the fleet program failed"
                                                                        : "the alert command failed");
            }
        } else if (now_ms - al->started_ms >= ALERT_TIME_LIMIT_MS) {
            kill(al->running, SIGKILL);
            waitpid(al->running, &st, 0); /* at once: it is killed */
            al->running = 0;
            failed(al, now_ms, "the alert command took too long and was stopped");
        } else {
            return 100; /* look again soon */
        }
    }
    if (al->n == 0) return -1;
    if (now_ms < al->queue[0].not_before_ms) return (long)(al->queue[0].not_before_ms - now_ms) + 1;
    start(al, now_ms);
    return al->running ? 100 : (al->n ? 100 : -1);
}

void alerts_stop(alerts *al)
{
    if (!al->running) return;
    int st;
    kill(al->running, SIGKILL);
    waitpid(al->running, &st, 0);
    al->running = 0;
}
