/* cli_alerts.c: silent calls for staff through the partnership's server (issue 22).
 *
 * 'righthelp alert --pg CONNINFO --db PATH' is how a kiosk hands one over: the kiosk runs it with the
 * alert's line of JSON on its standard input, so the kiosk's own process never links the PostgreSQL
 * client. The alert is in the kiosk's database first (its outbox); reached, the server rings and the
 * row is marked sent; not reached, the exit is 75 and 'righthelp sync' delivers it later.
 *
 * 'righthelp alerts --pg CONNINFO [--site NAME]' runs at a reception PC as a login in righthelp_staff:
 * it prints each alert for its site as one line with a terminal bell, first those raised while it was
 * not listening, and keeps listening across lost connections. 'righthelp alerts --ack ID' acknowledges. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "fleet.h"
#include "store.h"

#define ALERT_CONNECT_S 3  /* the kiosk waits on nothing, but a dead server should be known quickly */

static int alert_usage(void)
{
    fputs("usage:\n"
          "  righthelp alert --pg CONNINFO --db PATH      (an alert as one line of JSON on standard input)\n"
          "  righthelp alerts --pg CONNINFO [--site NAME] [--for SECONDS] [--json]\n"
          "  righthelp alerts --pg CONNINFO --ack ID\n",
          stderr);
    return 2;
}

static const char *str(const cJSON *o, const char *key)
{
    const char *v = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, key));
    return v ? v : "";
}

static bool valid_alert(const cJSON *a)
{
    const char *id = str(a, "id"), *kind = str(a, "kind"), *at = str(a, "at");
    if (strlen(id) != 36 || strlen(at) != 20 || at[10] != 'T' || at[19] != 'Z') return false;
    for (const char *p = id; *p; p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f') || *p == '-')) return false;
    return !strcmp(kind, "tell_staff") || !strcmp(kind, "private_word") || !strcmp(kind, "emergency");
}

int cli_alert(int argc, char **argv)
{
    const char *pg = NULL, *db = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--pg") && i + 1 < argc) pg = argv[++i];
        else if (!strcmp(argv[i], "--db") && i + 1 < argc) db = argv[++i];
        else return alert_usage();
    }
    if (!pg || !db) return alert_usage();
    char line[1024];
    if (!fgets(line, sizeof line, stdin)) {
        fprintf(stderr, "righthelp alert: no alert on standard input\n");
        return 2;
    }
    cJSON *a = cJSON_Parse(line);
    if (!a || !valid_alert(a)) {
        fprintf(stderr, "righthelp alert: not an alert: expected {\"id\", \"kind\", \"kiosk\", \"at\"}\n");
        cJSON_Delete(a);
        return 2;
    }
    const char *id = str(a, "id"), *kind = str(a, "kind"), *at = str(a, "at");
    char err[1024];
    /* In the outbox first (the kiosk put it there already; by hand, this does). */
    store *s = store_open(db, err, sizeof err);
    if (!s || store_alert_add(s, id, kind, at, err, sizeof err) != 0) {
        fprintf(stderr, "righthelp alert: %s\n", err);
        store_close(s);
        cJSON_Delete(a);
        return 1;
    }
    int rc = 75;
    PGconn *c = fleet_connect_within(pg, ALERT_CONNECT_S, err, sizeof err);
    if (c) {
        fleet_status st = fleet_raise_alert(c, id, kind, at, err, sizeof err);
        if (st == FLEET_OK) rc = store_alert_sent(s, id, err, sizeof err) == 0 ? 0 : 1;
        else rc = st == FLEET_TRANSIENT ? 75 : 1;
    }
    PQfinish(c);
    if (rc == 75) fprintf(stderr, "righthelp alert: %s; kept for 'righthelp sync'\n", err);
    else if (rc) fprintf(stderr, "righthelp alert: %s\n", err);
    store_close(s);
    cJSON_Delete(a);
    return rc;
}

static int ack(const char *pg, const char *idtext)
{
    char *end, err[1024];
    long long id = strtoll(idtext, &end, 10);
    if (*end || id <= 0) return alert_usage();
    PGconn *c = fleet_connect(pg, err, sizeof err);
    int r = c ? fleet_ack_alert(c, id, err, sizeof err) : -1;
    PQfinish(c);
    if (r < 0) {
        fprintf(stderr, "righthelp alerts: %s\n", err);
        return 1;
    }
    printf(r ? "alert %lld acknowledged\n" : "alert %lld was already acknowledged, or there is none\n", id);
    return 0;
}

/* One line a receptionist reads at a glance, and a bell. */
static void announce(const cJSON *a, bool json)
{
    if (json) {
        char *t = cJSON_PrintUnformatted(a);
        printf("%s\n", t);
        free(t);
    } else {
        const char *kind = str(a, "kind");
        const char *what = !strcmp(kind, "emergency") ? "EMERGENCY: a family was told to call 999"
                           : !strcmp(kind, "private_word") ? "a family asks for a private word"
                                                           : "a family needs a member of staff now";
        printf("\a%s  %s at kiosk %s (%s UTC)  [alert %d: righthelp alerts --ack %d]\n", str(a, "at") + 11, what,
               str(a, "kiosk"), str(a, "at"), (int)cJSON_GetNumberValue(cJSON_GetObjectItem(a, "id")),
               (int)cJSON_GetNumberValue(cJSON_GetObjectItem(a, "id")));
    }
    fflush(stdout);
}

/* Prints the open alerts above *last; 0, or -1 with err (the connection, or a login that may not read). */
static int catch_up(PGconn *c, const char *site, long long *last, bool json, char *err, size_t errlen)
{
    cJSON *open = fleet_open_alerts(c, site, *last, err, errlen);
    if (!open) return -1;
    const cJSON *a;
    cJSON_ArrayForEach(a, open) {
        announce(a, json);
        long long id = (long long)cJSON_GetNumberValue(cJSON_GetObjectItem(a, "id"));
        if (id > *last) *last = id;
    }
    cJSON_Delete(open);
    return 0;
}

static PGconn *listen_on(const char *pg, const char *site, long long *last, bool json, int *fatal, char *err,
                         size_t errlen)
{
    PGconn *c = fleet_connect(pg, err, errlen);
    if (!c) return NULL;
    /* Listening before catching up: nothing raised in between is missed. */
    PGresult *r = PQexec(c, "LISTEN righthelp_alerts");
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok || catch_up(c, site, last, json, err, errlen) != 0) {
        if (!ok) snprintf(err, errlen, "LISTEN: %s", PQerrorMessage(c));
        *fatal = PQstatus(c) == CONNECTION_OK; /* connected, yet refused: a login that may not read alerts */
        PQfinish(c);
        return NULL;
    }
    return c;
}

int cli_alerts(int argc, char **argv)
{
    const char *pg = NULL, *site = NULL, *ack_id = NULL;
    double for_s = 0;
    bool json = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--pg") && i + 1 < argc) pg = argv[++i];
        else if (!strcmp(argv[i], "--site") && i + 1 < argc) site = argv[++i];
        else if (!strcmp(argv[i], "--ack") && i + 1 < argc) ack_id = argv[++i];
        else if (!strcmp(argv[i], "--for") && i + 1 < argc) for_s = atof(argv[++i]);
        else if (!strcmp(argv[i], "--json")) json = true;
        else return alert_usage();
    }
    if (!pg) return alert_usage();
    if (ack_id) return site || for_s > 0 ? alert_usage() : ack(pg, ack_id);
    char err[1024];
    long long last = 0;
    int fatal = 0, backoff = 1;
    time_t end = for_s > 0 ? time(NULL) + (time_t)for_s : 0;
    PGconn *c = listen_on(pg, site, &last, json, &fatal, err, sizeof err);
    if (!c && fatal) {
        fprintf(stderr, "righthelp alerts: %s (a reception's login needs the role righthelp_staff)\n", err);
        return 1;
    }
    /* Said on stderr in both modes (--json keeps stdout for the alerts): whoever started it, a person or a
     * script, can tell it is listening. Without it in --json mode, a script waited blind. */
    fprintf(stderr, "righthelp alerts: listening%s%s\n", site ? " for site " : "", site ? site : "");
    while (!end || time(NULL) < end) {
        if (!c) { /* lost: try again, growing to 30 s; what was raised meanwhile is printed on return */
            fprintf(stderr, "righthelp alerts: %s; trying again in %d s\n", err, backoff);
            sleep((unsigned)backoff);
            backoff = backoff < 30 ? backoff * 2 : 30;
            c = listen_on(pg, site, &last, json, &fatal, err, sizeof err);
            if (c) fprintf(stderr, "righthelp alerts: listening again\n"), backoff = 1;
            continue;
        }
        int fd = PQsocket(c);
        fd_set rd;
        FD_ZERO(&rd);
        FD_SET(fd, &rd);
        struct timeval tv = { 1, 0 };
        if (select(fd + 1, &rd, NULL, NULL, &tv) < 0 && errno != EINTR) break;
        bool lost = !PQconsumeInput(c) || PQstatus(c) != CONNECTION_OK;
        PGnotify *n;
        bool news = false;
        while ((n = PQnotifies(c)) != NULL) {
            news |= strncmp(n->extra, "ack ", 4) != 0;
            PQfreemem(n);
        }
        if (!lost && news && catch_up(c, site, &last, json, err, sizeof err) != 0) lost = true;
        if (lost) {
            if (!*err || !news) snprintf(err, sizeof err, "connection to the fleet server lost");
            PQfinish(c);
            c = NULL;
        }
    }
    PQfinish(c);
    return 0;
}
