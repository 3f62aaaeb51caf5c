/* sync.c: batches out, acknowledgements in, refusals found by halving, retries with jitter. */
#include "sync.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "fleet.h"
#include "outbox.h"
#include "rules.h"
#include "util.h"

sync_options sync_defaults(void)
{
    sync_options o = { .batch = 500, .retries = 3, .backoff_ms = 1000, .rules = NULL };
    return o;
}

typedef struct run {
    store *s;
    PGconn *c;
    const sync_options *o;
    sync_report *rep;
    char *err;
    size_t errlen;
    int batches;
} run;

/* Test points: RIGHTHELP_SYNC_HOOK=exit-after-reply ends the process right
 * after the server's answer to the first batch, before it is marked (a power
 * cut at the worst moment); stop-after-batch stops it (SIGSTOP) after the first
 * batch is marked, so a test can stop the server mid-run. */
static void hook(const char *point, int batches)
{
    const char *h = getenv("RIGHTHELP_SYNC_HOOK");
    if (!h || batches != 1 || strcmp(h, point)) return;
    if (!strcmp(point, "exit-after-reply")) _exit(3);
    if (!strcmp(point, "stop-after-batch")) raise(SIGSTOP);
}

/* Sleeps base * 2^attempt, times a random factor from 0.5 to 1.5, so kiosks
 * that lost the server together do not come back together. */
static void back_off(const sync_options *o, int attempt)
{
    long ms = (long)o->backoff_ms << (attempt < 10 ? attempt : 10);
    ms = ms / 2 + (long)randombytes_uniform((uint32_t)(ms > 0 ? ms : 1) + 1);
    struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
    while (nanosleep(&ts, &ts) != 0) {}
}

/* One batch, retried across transient errors (reconnecting when needed). */
static fleet_status ingest(run *r, const char *json, int *fresh)
{
    fleet_status st = FLEET_TRANSIENT;
    for (int attempt = 0; attempt <= r->o->retries; attempt++) {
        if (attempt > 0) {
            r->rep->retries++;
            back_off(r->o, attempt - 1);
        }
        if (PQstatus(r->c) != CONNECTION_OK) {
            PQreset(r->c);
            if (PQstatus(r->c) != CONNECTION_OK) {
                snprintf(r->err, r->errlen, "cannot reach the fleet server: %s", PQerrorMessage(r->c));
                for (char *p = r->err; *p; p++) if (*p == '\n' || *p == '\t') *p = ' ';
                st = FLEET_TRANSIENT;
                continue;
            }
        }
        st = fleet_ingest(r->c, json, fresh, r->err, r->errlen);
        if (st != FLEET_TRANSIENT) return st;
    }
    return st;
}

/* Sends rows[lo, hi); on a refusal, each half on its own. 0, or -1 to stop. */
static int send_slice(run *r, cJSON **rows, int lo, int hi)
{
    cJSON *batch = cJSON_CreateArray();
    for (int i = lo; i < hi; i++) cJSON_AddItemReferenceToArray(batch, rows[i]);
    char *json = cJSON_PrintUnformatted(batch);
    cJSON_Delete(batch);
    if (!json) {
        snprintf(r->err, r->errlen, "out of memory");
        return -1;
    }
    int fresh = 0;
    fleet_status st = ingest(r, json, &fresh);
    free(json);
    r->batches++;
    if (st == FLEET_OK) {
        hook("exit-after-reply", r->batches);
        if (outbox_mark_sent(r->s, rows + lo, hi - lo, r->err, r->errlen) != 0) return -1;
        r->rep->sent += fresh;
        r->rep->duplicates += hi - lo - fresh;
        hook("stop-after-batch", r->batches);
        return 0;
    }
    if (st != FLEET_REFUSED) return -1;
    if (hi - lo == 1) {
        long long seq = (long long)cJSON_GetObjectItem(rows[lo], "seq")->valuedouble;
        char why[512];
        util_copy(why, sizeof why, r->err);
        util_log("sync: session %lld set aside: %s", seq, why);
        if (outbox_set_aside(r->s, seq, why, r->err, r->errlen) != 0) return -1;
        r->err[0] = 0;
        r->rep->set_aside++;
        return 0;
    }
    int mid = lo + (hi - lo) / 2;
    if (send_slice(r, rows, lo, mid) != 0) return -1;
    return send_slice(r, rows, mid, hi);
}

/* The pack's hash (as in every session row) and, when it has a manifest, its version. */
static void pack_version(const char *dir, char *version, size_t vn, char *hash, size_t hn)
{
    version[0] = hash[0] = 0;
    if (!dir) return;
    char err[512];
    rules *rl = rules_open(dir, NULL, err, sizeof err);
    if (rl) {
        util_copy(hash, hn, rules_version(rl));
        rules_close(rl);
    }
    char path[1100];
    snprintf(path, sizeof path, "%s/manifest.json", dir);
    char *text = util_read_file(path, NULL, err, sizeof err);
    cJSON *m = text ? cJSON_Parse(text) : NULL;
    free(text);
    cJSON *v = cJSON_GetObjectItem(m, "version");
    if (cJSON_IsNumber(v)) snprintf(version, vn, "%d", v->valueint);
    else if (cJSON_IsString(v)) util_copy(version, vn, v->valuestring);
    cJSON_Delete(m);
}

static int heartbeat(run *r)
{
    outbox_status q;
    if (outbox_state(r->s, &q, r->err, r->errlen) != 0) return -1;
    char version[64], hash[160];
    pack_version(r->o->rules, version, sizeof version, hash, sizeof hash);
    const char *notice = store_notice(r->s);
    fleet_beat b = { .app_version = RIGHTHELP_VERSION, .rules_version = version, .rules_hash = hash,
                     .queue_depth = q.pending, .set_aside = q.set_aside, .oldest_unsent = q.oldest_unsent,
                     .db_health = *notice ? notice : "ok", .last_session = q.last_session };
    fleet_status st = FLEET_TRANSIENT;
    for (int attempt = 0; attempt <= r->o->retries && st == FLEET_TRANSIENT; attempt++) {
        if (attempt > 0) back_off(r->o, attempt - 1);
        if (PQstatus(r->c) != CONNECTION_OK) PQreset(r->c);
        st = fleet_heartbeat(r->c, &b, r->err, r->errlen);
    }
    r->rep->pending = q.pending;
    return st == FLEET_OK ? 0 : -1;
}

/* Alerts the kiosk could not hand to the server when they were raised (issue 22): the same id, so one
 * that did arrive is not raised twice. */
static int send_alerts(run *r)
{
    cJSON *unsent = store_alerts_unsent(r->s, 1000, r->err, r->errlen);
    if (!unsent) return -1;
    int rc = 0;
    const cJSON *a;
    cJSON_ArrayForEach(a, unsent) {
        const char *id = cJSON_GetStringValue(cJSON_GetObjectItem(a, "id"));
        fleet_status st = fleet_raise_alert(r->c, id, cJSON_GetStringValue(cJSON_GetObjectItem(a, "kind")),
                                            cJSON_GetStringValue(cJSON_GetObjectItem(a, "at")), r->err, r->errlen);
        if (st == FLEET_OK || st == FLEET_REFUSED) { /* refused: malformed, it never will be taken */
            if (store_alert_sent(r->s, id, r->err, r->errlen) != 0) rc = -1;
            if (st == FLEET_OK) r->rep->alerts++;
        } else {
            rc = -1;
        }
        if (rc) break;
    }
    cJSON_Delete(unsent);
    return rc;
}

/* The kiosk's staff screen says how many of its alerts no one has acknowledged: as of this sync. A server
 * older than schema 4 has no alerts; that is not a failure of the sync. */
static void note_open_alerts(run *r)
{
    char e[256], v[64], at[32];
    long n = fleet_open_alerts_here(r->c, e, sizeof e);
    if (n < 0) return;
    time_t t = time(NULL);
    strftime(at, sizeof at, "%Y-%m-%dT%H:%MZ", gmtime(&t));
    snprintf(v, sizeof v, "%ld %s", n, at);
    if (store_set_setting(r->s, STORE_OPEN_ALERTS_SETTING, v, NULL, e, sizeof e) != 0)
        fprintf(stderr, "righthelp sync: %s\n", e);
}

int sync_run(store *s, const char *conninfo, const sync_options *o, sync_report *rep, char *err, size_t errlen)
{
    memset(rep, 0, sizeof *rep);
    err[0] = 0;
    run r = { s, NULL, o, rep, err, errlen, 0 };
    if (sodium_init() < 0) {
        snprintf(err, errlen, "libsodium failed to start");
        return -1;
    }
    int rc = outbox_join_fleet(s, err, errlen);
    for (int attempt = 0; rc == 0 && !r.c; attempt++) {
        r.c = fleet_connect(conninfo, err, errlen);
        if (r.c) break;
        if (attempt >= o->retries) rc = -1;
        else {
            rep->retries++;
            back_off(o, attempt);
        }
    }
    while (rc == 0) {
        cJSON *rows = outbox_next(s, o->batch, err, errlen);
        if (!rows) rc = -1;
        int n = rows ? cJSON_GetArraySize(rows) : 0;
        if (n > 0) {
            cJSON **v = malloc(sizeof *v * (size_t)n);
            int i = 0;
            cJSON *row;
            cJSON_ArrayForEach(row, rows) v[i++] = row;
            rc = send_slice(&r, v, 0, n);
            free(v);
        }
        cJSON_Delete(rows);
        if (n == 0) break;
    }
    if (rc == 0) rc = send_alerts(&r);
    if (rc == 0) rc = heartbeat(&r);
    if (rc == 0) note_open_alerts(&r);
    else {
        outbox_status q;
        char scratch[256];
        if (outbox_state(s, &q, scratch, sizeof scratch) == 0) rep->pending = q.pending;
    }
    PQfinish(r.c);
    return rc;
}
