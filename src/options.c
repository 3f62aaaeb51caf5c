/* options.c: default settings and the shared run options. */
#include "options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "util.h"

#ifndef RIGHTHELP_DATADIR
#define RIGHTHELP_DATADIR "/usr/local/share/righthelp"
#endif

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The checkout's folders when run from it, else the installed ones. */
static void pick_dir(char *dst, size_t n, const char *env, const char *local, const char *installed)
{
    const char *e = getenv(env);
    if (e && *e) util_copy(dst, n, e);
    else if (is_dir(local)) util_copy(dst, n, local);
    else util_copy(dst, n, installed);
}

/* Where a user's kiosk keeps its database (and the last good rules beside it) when no --db or config
 * says: the XDG state folder, never the working folder (a checkout stays clean). The service's
 * config names /var/lib/righthelp. */
void options_default_db(char *dst, size_t n)
{
    const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
    if (state && state[0] == '/') snprintf(dst, n, "%s/righthelp/righthelp.db", state);
    else if (home && home[0] == '/') snprintf(dst, n, "%s/.local/state/righthelp/righthelp.db", home);
    else util_copy(dst, n, "righthelp.db");
}

void options_defaults(options *o)
{
    memset(o, 0, sizeof *o);
    util_copy(o->area, sizeof o->area, "kingston-richmond");
    util_copy(o->mode, sizeof o->mode, "family");
    util_copy(o->lang, sizeof o->lang, "en");
    options_default_db(o->db, sizeof o->db);
    pick_dir(o->rules, sizeof o->rules, "RIGHTHELP_RULES", "rules", RIGHTHELP_DATADIR "/rules");
    pick_dir(o->assets, sizeof o->assets, "RIGHTHELP_ASSETS", "assets", RIGHTHELP_DATADIR "/assets");
    o->width = 1280;
    o->height = 800;
    o->idle_seconds = 90;
    o->retention_months = 24;
    o->contact_max_age_months = 12;
    o->alert_command[0] = 0;
    util_copy(o->read_aloud, sizeof o->read_aloud, "off");
    if (gethostname(o->kiosk_id, sizeof o->kiosk_id) != 0) util_copy(o->kiosk_id, sizeof o->kiosk_id, "kiosk");
    o->kiosk_id[sizeof o->kiosk_id - 1] = 0;
}

static int take(int argc, char **argv, int *i, char *dst, size_t n, char *err, size_t errlen)
{
    if (*i + 1 >= argc) {
        snprintf(err, errlen, "%s needs a value", argv[*i]);
        return -1;
    }
    if (strlen(argv[*i + 1]) >= n) {
        snprintf(err, errlen, "%s: value too long", argv[*i]);
        return -1;
    }
    util_copy(dst, n, argv[++*i]);
    return 1;
}

int options_parse_one(options *o, int argc, char **argv, int *i, char *err, size_t errlen)
{
    const char *a = argv[*i];
    if (!strcmp(a, "--area")) return take(argc, argv, i, o->area, sizeof o->area, err, errlen);
    if (!strcmp(a, "--lang")) return take(argc, argv, i, o->lang, sizeof o->lang, err, errlen);
    if (!strcmp(a, "--db")) return take(argc, argv, i, o->db, sizeof o->db, err, errlen);
    if (!strcmp(a, "--rules")) return take(argc, argv, i, o->rules, sizeof o->rules, err, errlen);
    if (!strcmp(a, "--assets")) return take(argc, argv, i, o->assets, sizeof o->assets, err, errlen);
    if (!strcmp(a, "--mode")) {
        if (take(argc, argv, i, o->mode, sizeof o->mode, err, errlen) < 0) return -1;
        if (strcmp(o->mode, "family") && strcmp(o->mode, "practitioner") && strcmp(o->mode, "training")) {
            snprintf(err, errlen, "--mode must be family, practitioner or training, not '%s'", o->mode);
            return -1;
        }
        return 1;
    }
    if (!strcmp(a, "--size")) {
        char v[32];
        if (take(argc, argv, i, v, sizeof v, err, errlen) < 0) return -1;
        if (sscanf(v, "%dx%d", &o->width, &o->height) != 2 || o->width < 320 || o->height < 320 ||
            o->width > 7680 || o->height > 7680) {
            snprintf(err, errlen, "--size must be WIDTHxHEIGHT between 320 and 7680, not '%s'", v);
            return -1;
        }
        return 1;
    }
    if (!strcmp(a, "--idle")) {
        char v[32];
        if (take(argc, argv, i, v, sizeof v, err, errlen) < 0) return -1;
        char *end;
        long s = strtol(v, &end, 10);
        if (*end || s < 10 || s > 3600) {
            snprintf(err, errlen, "--idle must be seconds from 10 to 3600, not '%s'", v);
            return -1;
        }
        o->idle_seconds = (int)s;
        return 1;
    }
    if (!strcmp(a, "--fullscreen")) { o->fullscreen = true; return 1; }
    if (!strcmp(a, "--kiosk")) { o->kiosk = o->fullscreen = true; return 1; }
    return 0;
}

void options_prepare_db(const options *o)
{
    char def[sizeof o->db];
    options_default_db(def, sizeof def);
    /* Only the default's folders are made: a --db or config path that does not exist is reported
     * as it is, not created. A failure here is reported by the open that follows. */
    if (!strcmp(o->db, def)) util_make_parents(o->db);
}
