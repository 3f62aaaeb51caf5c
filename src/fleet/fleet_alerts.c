/* fleet_alerts.c: silent calls for staff on the partnership's server (issue 22, migration 4): a kiosk
 * raises them; a reception's login (righthelp_staff) lists and acknowledges them. */
#include "fleet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

fleet_status fleet_raise_alert(PGconn *c, const char *id, const char *kind, const char *at, char *err, size_t errlen)
{
    const char *params[] = { id, kind, at };
    return fleet_call(c, "SELECT fleet.raise_alert($1::uuid, $2, $3::timestamptz)", 3, params, NULL, "raise alert", err,
                      errlen);
}

int fleet_set_site(PGconn *c, const char *kiosk, const char *site, char *err, size_t errlen)
{
    const char *params[] = { site, kiosk };
    PGresult *r = PQexecParams(c, "UPDATE fleet.kiosks SET site = $1 WHERE kiosk_id = $2", 2, NULL, params, NULL, NULL, 0);
    int rc = PQresultStatus(r) == PGRES_COMMAND_OK && !strcmp(PQcmdTuples(r), "1") ? 0 : -1;
    if (rc) {
        if (PQresultStatus(r) == PGRES_COMMAND_OK) snprintf(err, errlen, "set site: no kiosk '%s'", kiosk);
        else fleet_reason(err, errlen, "set site", c, r);
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
        fleet_reason(err, errlen, "alerts", c, r);
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
    int n;
    return fleet_call(c, "SELECT fleet.open_alerts_here()", 0, NULL, &n, "open alerts", err, errlen) == FLEET_OK ? n : -1;
}

int fleet_ack_alert(PGconn *c, long long id, char *err, size_t errlen)
{
    char ids[24];
    snprintf(ids, sizeof ids, "%lld", id);
    const char *params[] = { ids };
    PGresult *r = PQexecParams(c, "SELECT fleet.ack_alert($1::bigint)", 1, NULL, params, NULL, NULL, 0);
    int rc = -1;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1) rc = !strcmp(PQgetvalue(r, 0, 0), "t");
    else fleet_reason(err, errlen, "acknowledge", c, r);
    PQclear(r);
    return rc;
}
