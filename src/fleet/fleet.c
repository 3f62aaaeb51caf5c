/* fleet.c: connecting, migrating, registering kiosks, ingest and heartbeat calls, stats. */
#include "fleet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

/* The server's one-line message (libpq's ends with a newline). */
static void say(char *err, size_t errlen, const char *what, const char *msg)
{
    snprintf(err, errlen, "%s: %s", what, msg && *msg ? msg : "no answer from the server");
    for (char *p = err; *p; p++) if (*p == '\n' || *p == '\t') *p = ' ';
    size_t n = strlen(err);
    while (n && err[n - 1] == ' ') err[--n] = 0;
}

PGconn *fleet_connect(const char *conninfo, char *err, size_t errlen)
{
    return fleet_connect_within(conninfo, 10, err, errlen);
}

PGconn *fleet_connect_within(const char *conninfo, int seconds, char *err, size_t errlen)
{
    /* Later keywords win: conninfo may override the timeout and the name. */
    char timeout[16];
    snprintf(timeout, sizeof timeout, "%d", seconds);
    const char *keys[] = { "connect_timeout", "application_name", "dbname", NULL };
    const char *vals[] = { timeout, "righthelp", conninfo, NULL };
    PGconn *c = PQconnectdbParams(keys, vals, 1);
    if (!c) {
        snprintf(err, errlen, "cannot connect: out of memory");
        return NULL;
    }
    if (PQstatus(c) != CONNECTION_OK) {
        say(err, errlen, "cannot connect to the fleet server", PQerrorMessage(c));
        PQfinish(c);
        return NULL;
    }
    return c;
}

/* One statement (or several) with no parameters; 0 when it worked. */
static int run(PGconn *c, const char *sql, const char *what, char *err, size_t errlen)
{
    PGresult *r = PQexec(c, sql);
    ExecStatusType st = PQresultStatus(r);
    int ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
    if (!ok) say(err, errlen, what, PQerrorMessage(c));
    PQclear(r);
    return ok ? 0 : -1;
}

int fleet_init(PGconn *c, int *from, int *to, char *err, size_t errlen)
{
    *from = *to = 0;
    /* The advisory lock makes two inits at once take turns. */
    if (run(c, "SET client_min_messages = warning; BEGIN; SELECT pg_advisory_xact_lock(1314018);", "fleet init", err,
            errlen))
        return -1;
    if (run(c, fleet_bootstrap, "fleet init", err, errlen)) goto rollback;
    PGresult *r = PQexec(c, "SELECT COALESCE(MAX(version), 0) FROM fleet.schema_version");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        say(err, errlen, "fleet init", PQerrorMessage(c));
        PQclear(r);
        goto rollback;
    }
    int v = atoi(PQgetvalue(r, 0, 0));
    PQclear(r);
    *from = *to = v;
    if (v > fleet_nmigrations) {
        snprintf(err, errlen, "fleet init: the server's schema version %d is newer than this program's (%d)", v,
                 fleet_nmigrations);
        goto rollback;
    }
    for (; v < fleet_nmigrations; v++) {
        char what[64];
        snprintf(what, sizeof what, "fleet init: migration %d", v + 1);
        if (run(c, fleet_migrations[v], what, err, errlen)) goto rollback;
    }
    char sql[128];
    snprintf(sql, sizeof sql, "DELETE FROM fleet.schema_version; INSERT INTO fleet.schema_version VALUES (%d);", v);
    if (run(c, sql, "fleet init", err, errlen) || run(c, "COMMIT", "fleet init", err, errlen)) goto rollback;
    *to = v;
    return 0;
rollback:
    PQclear(PQexec(c, "ROLLBACK"));
    return -1;
}

int fleet_add_kiosk(PGconn *c, const char *kiosk, const char *role, bool use_existing, char *password_out,
                    size_t pwlen, char *err, size_t errlen)
{
    if (password_out && pwlen) password_out[0] = 0;
    if (sodium_init() < 0) {
        snprintf(err, errlen, "add kiosk: libsodium failed to start");
        return -1;
    }
    char *ident = PQescapeIdentifier(c, role, strlen(role));
    if (!ident) {
        say(err, errlen, "add kiosk", PQerrorMessage(c));
        return -1;
    }
    char sql[1024];
    int rc = -1;
    if (run(c, "BEGIN", "add kiosk", err, errlen)) goto out;
    if (!use_existing) {
        /* A random password, sent to the server only as its SCRAM verifier. */
        unsigned char raw[24];
        randombytes_buf(raw, sizeof raw);
        sodium_bin2base64(password_out, pwlen, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
        char *verifier = PQencryptPasswordConn(c, password_out, role, "scram-sha-256");
        if (!verifier) {
            say(err, errlen, "add kiosk", PQerrorMessage(c));
            goto rollback;
        }
        char *lit = PQescapeLiteral(c, verifier, strlen(verifier));
        PQfreemem(verifier);
        if (!lit) {
            say(err, errlen, "add kiosk", PQerrorMessage(c));
            goto rollback;
        }
        snprintf(sql, sizeof sql, "CREATE ROLE %s LOGIN PASSWORD %s", ident, lit);
        PQfreemem(lit);
        if (run(c, sql, "add kiosk", err, errlen)) goto rollback;
    }
    snprintf(sql, sizeof sql, "GRANT righthelp_kiosk TO %s", ident);
    if (run(c, sql, "add kiosk", err, errlen)) goto rollback;
    const char *params[] = { kiosk, role };
    PGresult *r = PQexecParams(c, "INSERT INTO fleet.kiosks (kiosk_id, login_role) VALUES ($1, $2)", 2, NULL, params,
                               NULL, NULL, 0);
    int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok) say(err, errlen, "add kiosk", PQerrorMessage(c));
    PQclear(r);
    if (!ok || run(c, "COMMIT", "add kiosk", err, errlen)) goto rollback;
    rc = 0;
    goto out;
rollback:
    PQclear(PQexec(c, "ROLLBACK"));
    if (password_out && pwlen) sodium_memzero(password_out, pwlen);
out:
    PQfreemem(ident);
    return rc;
}

/* Sorts a failure by what it means for the rows (SQLSTATE classes). */
static fleet_status classify(PGconn *c, const PGresult *r)
{
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    if (PQstatus(c) != CONNECTION_OK || !state) return FLEET_TRANSIENT;
    if (!strncmp(state, "22", 2) || !strncmp(state, "23", 2)) return FLEET_REFUSED;
    if (!strncmp(state, "08", 2) || !strncmp(state, "40", 2) || !strncmp(state, "53", 2) ||
        !strncmp(state, "57", 2) || !strncmp(state, "58", 2) || !strcmp(state, "55P03"))
        return FLEET_TRANSIENT;
    return FLEET_FATAL;
}

/* The server's reason in one line: its primary message and SQLSTATE. */
void fleet_reason(char *err, size_t errlen, const char *what, PGconn *c, const PGresult *r)
{
    const char *msg = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    if (msg && state) snprintf(err, errlen, "%s: %s (SQLSTATE %s)", what, msg, state);
    else say(err, errlen, what, PQerrorMessage(c));
}

/* Runs one call of the kiosk's functions; on success *value (if asked) is
 * the first column of its one row. */
fleet_status fleet_call(PGconn *c, const char *sql, int nparams, const char *const *params, int *value,
                         const char *what, char *err, size_t errlen)
{
    PGresult *r = PQexecParams(c, sql, nparams, NULL, params, NULL, NULL, 0);
    fleet_status st = FLEET_OK;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1) {
        if (value) *value = atoi(PQgetvalue(r, 0, 0));
    } else {
        st = classify(c, r);
        fleet_reason(err, errlen, what, c, r);
    }
    PQclear(r);
    return st;
}

fleet_status fleet_ingest(PGconn *c, const char *batch_json, int *fresh, char *err, size_t errlen)
{
    const char *params[] = { batch_json };
    return fleet_call(c, "SELECT fleet.ingest($1::json)", 1, params, fresh, "server", err, errlen);
}

fleet_status fleet_heartbeat(PGconn *c, const fleet_beat *b, char *err, size_t errlen)
{
    char depth[16], aside[16];
    snprintf(depth, sizeof depth, "%d", b->queue_depth);
    snprintf(aside, sizeof aside, "%d", b->set_aside);
#define OR_NULL(s) ((s) && *(s) ? (s) : NULL)
    const char *params[] = { OR_NULL(b->app_version), OR_NULL(b->rules_version), OR_NULL(b->rules_hash), depth, aside,
                             OR_NULL(b->oldest_unsent), OR_NULL(b->db_health), OR_NULL(b->last_session) };
#undef OR_NULL
    return fleet_call(c, "SELECT fleet.heartbeat($1, $2, $3, $4, $5, $6, $7, $8)", 8, params, NULL, "heartbeat", err,
                errlen);
}

static cJSON *empty_stats(void)
{
    static const char *tables[] = { "by_area",   "by_mode",   "by_level",         "by_route",
                                    "by_escalation", "overrides", "judgement_reasons", "alerts" };
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "sessions", 0);
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) cJSON_AddItemToObject(o, tables[i], cJSON_CreateObject());
    return o;
}

cJSON *fleet_stats(PGconn *c, char *err, size_t errlen)
{
    /* The same view a data team reads; most frequent first, as locally. */
    PGresult *r = PQexec(c, "SELECT scope, tbl, key, sessions FROM fleet.stats"
                            " ORDER BY scope = 'fleet' DESC, scope, tbl, sessions DESC, key");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        say(err, errlen, "stats", PQerrorMessage(c));
        PQclear(r);
        return NULL;
    }
    cJSON *out = cJSON_CreateObject();
    cJSON *fleet = empty_stats(), *kiosks = cJSON_CreateObject();
    cJSON_AddItemToObject(out, "fleet", fleet);
    cJSON_AddItemToObject(out, "kiosks", kiosks);
    for (int i = 0; i < PQntuples(r); i++) {
        const char *scope = PQgetvalue(r, i, 0), *tbl = PQgetvalue(r, i, 1), *key = PQgetvalue(r, i, 2);
        double n = atof(PQgetvalue(r, i, 3));
        cJSON *dst = fleet;
        if (strcmp(scope, "fleet")) {
            dst = cJSON_GetObjectItem(kiosks, scope);
            if (!dst) cJSON_AddItemToObject(kiosks, scope, dst = empty_stats());
        }
        if (!strcmp(tbl, "sessions")) cJSON_SetNumberValue(cJSON_GetObjectItem(dst, "sessions"), n);
        else cJSON_AddNumberToObject(cJSON_GetObjectItem(dst, tbl), key, n);
    }
    PQclear(r);
    /* Silent calls for staff by kind (issue 22; schema 4), most first, for the fleet and each kiosk. */
    r = PQexec(c, "SELECT COALESCE(kiosk_id, 'fleet'), kind, alerts FROM fleet.alerts_by_kind"
                  " ORDER BY kiosk_id IS NULL DESC, kiosk_id, alerts DESC, kind");
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        say(err, errlen, "stats", PQerrorMessage(c));
        PQclear(r);
        cJSON_Delete(out);
        return NULL;
    }
    for (int i = 0; i < PQntuples(r); i++) {
        const char *scope = PQgetvalue(r, i, 0);
        cJSON *dst = fleet;
        if (strcmp(scope, "fleet")) {
            dst = cJSON_GetObjectItem(kiosks, scope);
            if (!dst) cJSON_AddItemToObject(kiosks, scope, dst = empty_stats());
        }
        cJSON_AddNumberToObject(cJSON_GetObjectItem(dst, "alerts"), PQgetvalue(r, i, 1), atof(PQgetvalue(r, i, 2)));
    }
    PQclear(r);
    return out;
}
