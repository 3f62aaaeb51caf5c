/* fleet_alerts.c: silent calls for staff on the partnership's server (issue 22, migration 4): a kiosk
 * raises them; a reception's login (righthelp_staff) lists and acknowledges them. */
#include "fleet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The server's reason in one line. */
static void reason(char *err, size_t errlen, const char *what, PGconn *c, const PGresult *r)
{
    const char *msg = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    if (msg && state) snprintf(err, errlen, "%s: %s (SQLSTATE %s)", what, msg, state);
    else snprintf(err, errlen, "%s: %s", what, PQerrorMessage(c));
    for (char *p = err; *p; p++) if (*p == '\n') *p = ' ';
}

fleet_status fleet_raise_alert(PGconn *c, const char *id, const char *kind, const char *at, char *err, size_t errlen)
{
    const char *params[] = { id, kind, at };
    PGresult *r = PQexecParams(c, "SELECT fleet.raise_alert($1::uuid, $2, $3::timestamptz)", 3, NULL, params, NULL,
                               NULL, 0);
    fleet_status st = FLEET_OK;
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        st = PQstatus(c) != CONNECTION_OK || !state || !strncmp(state, "08", 2) || !strncmp(state, "57", 2)
                 ? FLEET_TRANSIENT
             : !strncmp(state, "22", 2) || !strncmp(state, "23", 2) ? FLEET_REFUSED : FLEET_FATAL;
        reason(err, errlen, "raise alert", c, r);
    }
    PQclear(r);
    return st;
}

int fleet_set_site(PGconn *c, const char *kiosk, const char *site, char *err, size_t errlen)
{
    const char *params[] = { site, kiosk };
    PGresult *r = PQexecParams(c, "UPDATE fleet.kiosks SET site = $1 WHERE kiosk_id = $2", 2, NULL, params, NULL, NULL, 0);
    int rc = PQresultStatus(r) == PGRES_COMMAND_OK && !strcmp(PQcmdTuples(r), "1") ? 0 : -1;
    if (rc) {
        if (PQresultStatus(r) == PGRES_COMMAND_OK) snprintf(err, errlen, "set site: no kiosk '%s'", kiosk);
        else reason(err, errlen, "set site", c, r);
    }
    PQclear(r);
    return rc;
}

cJSON *fleet_open_alerts(PGconn *c, const char *site, long long after_id, char *err, size_t errlen)
{
    char after[24];
    snprintf(after, sizeof after, "%lld", after_id);
    const char *params[] = { after, site };
    PGresult *r = PQexecParams(c,
                               "SELECT id, kiosk_id, COALESCE(site, ''), kind,"
                               "       to_char(raised_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                               " FROM fleet.alerts_seen WHERE acked_at IS NULL AND id > $1::bigint"
                               "   AND ($2::text IS NULL OR site = $2) ORDER BY id",
                               2, NULL, params, NULL, NULL, 0);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        reason(err, errlen, "alerts", c, r);
        PQclear(r);
        return NULL;
    }
    cJSON *out = cJSON_CreateArray();
    for (int i = 0; i < PQntuples(r); i++) {
        cJSON *a = cJSON_CreateObject();
        cJSON_AddNumberToObject(a, "id", atof(PQgetvalue(r, i, 0)));
        cJSON_AddStringToObject(a, "kiosk", PQgetvalue(r, i, 1));
        cJSON_AddStringToObject(a, "site", PQgetvalue(r, i, 2));
        cJSON_AddStringToObject(a, "kind", PQgetvalue(r, i, 3));
        cJSON_AddStringToObject(a, "at", PQgetvalue(r, i, 4));
        cJSON_AddItemToArray(out, a);
    }
    PQclear(r);
    return out;
}

long fleet_open_alerts_here(PGconn *c, char *err, size_t errlen)
{
    PGresult *r = PQexec(c, "SELECT fleet.open_alerts_here()");
    long n = -1;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1) n = atol(PQgetvalue(r, 0, 0));
    else reason(err, errlen, "open alerts", c, r);
    PQclear(r);
    return n;
}

int fleet_ack_alert(PGconn *c, long long id, char *err, size_t errlen)
{
    char ids[24];
    snprintf(ids, sizeof ids, "%lld", id);
    const char *params[] = { ids };
    PGresult *r = PQexecParams(c, "SELECT fleet.ack_alert($1::bigint)", 1, NULL, params, NULL, NULL, 0);
    int rc = -1;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1) rc = !strcmp(PQgetvalue(r, 0, 0), "t");
    else reason(err, errlen, "acknowledge", c, r);
    PQclear(r);
    return rc;
}
