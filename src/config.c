/* config.c: reads righthelp.conf into the options. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ini.h>

#include "app_read.h"

#include "minisign.h"
#include "util.h"

typedef struct ctx {
    options *o;
    char msg[256];
} ctx;

/* One key = value in section [kiosk]; returns 0 to stop at the first mistake. */
static int on_value(void *user, const char *section, const char *key, const char *value)
{
    ctx *c = user;
    options *o = c->o;
    if (strcmp(section, "kiosk")) {
        snprintf(c->msg, sizeof c->msg, "unknown section [%s] (only [kiosk])", section);
        return 0;
    }
    char err[256];
    char flag[64], val[512];
    snprintf(flag, sizeof flag, "--%s", key);
    snprintf(val, sizeof val, "%s", value);
    /* The same names and checks as the command line: one set of rules. */
    if (!strcmp(key, "fullscreen") || !strcmp(key, "kiosk")) {
        if (strcmp(value, "yes") && strcmp(value, "no")) {
            snprintf(c->msg, sizeof c->msg, "%s must be yes or no, not '%s'", key, value);
            return 0;
        }
        if (!strcmp(value, "no")) return 1;
        char *argv[] = { flag, NULL };
        int i = 0;
        return options_parse_one(o, 1, argv, &i, err, sizeof err) == 1;
    }
    if (!strcmp(key, "retention_months") || !strcmp(key, "contact_max_age_months")) {
        char *end;
        long m = strtol(value, &end, 10);
        if (*end || m < 1 || m > 120) {
            snprintf(c->msg, sizeof c->msg, "%s must be 1 to 120, not '%s'", key, value);
            return 0;
        }
        *(!strcmp(key, "retention_months") ? &o->retention_months : &o->contact_max_age_months) = (int)m;
        return 1;
    }
    /* A silent call for staff (issue 22): an absolute path, run with no shell; and the kiosk's name in it. */
    if (!strcmp(key, "alert_command")) {
        if (value[0] != '/' || strlen(value) >= sizeof o->alert_command || access(value, X_OK) != 0) {
            snprintf(c->msg, sizeof c->msg, "alert_command must be the absolute path of a program that can run, not '%s'",
                     value);
            return 0;
        }
        util_copy(o->alert_command, sizeof o->alert_command, value);
        return 1;
    }
    /* Alerts to the partnership's server too (issue 22), through righthelp-fleet: a libpq conninfo, the same
     * as sync's (for example "service=righthelp"). */
    if (!strcmp(key, "alert_pg")) {
        if (!*value || strlen(value) >= sizeof o->alert_pg || strpbrk(value, "\n\r")) {
            snprintf(c->msg, sizeof c->msg, "alert_pg must be a PostgreSQL connection string, for example service=righthelp");
            return 0;
        }
        util_copy(o->alert_pg, sizeof o->alert_pg, value);
        return 1;
    }
    if (!strcmp(key, "kiosk_id")) {
        size_t n = strlen(value), ok = n > 0 && n < sizeof o->kiosk_id;
        for (size_t i = 0; ok && i < n; i++)
            ok = (value[i] >= 'a' && value[i] <= 'z') || (value[i] >= '0' && value[i] <= '9') || value[i] == '-';
        if (!ok) {
            snprintf(c->msg, sizeof c->msg, "kiosk_id must be 1 to 47 of a-z, 0-9 and '-', not '%s'", value);
            return 0;
        }
        util_copy(o->kiosk_id, sizeof o->kiosk_id, value);
        return 1;
    }
    /* Read aloud (issue 22): off by default; "yes" means family and practitioner screens. */
    if (!strcmp(key, "read_aloud")) {
        const char *v = !strcmp(value, "yes") ? "both" : !strcmp(value, "no") ? "off" : value;
        if (!read_aloud_setting_ok(v)) {
            snprintf(c->msg, sizeof c->msg, "read_aloud must be no, yes, family, practitioner or both, not '%s'", value);
            return 0;
        }
        util_copy(o->read_aloud, sizeof o->read_aloud, v);
        return 1;
    }
    /* Signing keys: pack_key, and pack_key_next while a new key is rolled out. */
    if (!strcmp(key, "pack_key") || !strcmp(key, "pack_key_next")) {
        minisign_key k;
        char why[160];
        if (minisign_key_parse(&k, value, why, sizeof why) != 0) {
            snprintf(c->msg, sizeof c->msg, "%s: %s", key, why);
            return 0;
        }
        int slot = !strcmp(key, "pack_key") ? 0 : 1;
        util_copy(o->pack_keys[slot], sizeof o->pack_keys[slot], value);
        o->npack_keys = (o->pack_keys[0][0] != 0) + (o->pack_keys[1][0] != 0);
        return 1;
    }
    char *argv[] = { flag, val, NULL };
    int i = 0;
    int rc = options_parse_one(o, 2, argv, &i, err, sizeof err);
    if (rc == 1) return 1;
    if (rc < 0) snprintf(c->msg, sizeof c->msg, "%s", err);
    else snprintf(c->msg, sizeof c->msg, "unknown setting '%s'", key);
    return 0;
}

int config_read(const char *path, int optional, options *o, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        if (optional && errno == ENOENT) return 0;
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    ctx c = { o, "" };
    int line = ini_parse_file(f, on_value, &c);
    fclose(f);
    if (line != 0) {
        snprintf(err, errlen, "%s:%d: %s", path, line, c.msg[0] ? c.msg : "not a 'key = value' line");
        return -1;
    }
    return 0;
}
