/* options.h: the kiosk's settings from the command line (and later the config file).
 * Every command that runs rules or the screen takes these; defaults suit a
 * developer's checkout. */
#ifndef OPTIONS_H
#define OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct options {
    char area[64];
    char mode[16];       /* family | practitioner | training */
    char lang[8];
    char db[512];
    char rules[512];
    char assets[512];
    int width, height;
    bool fullscreen, kiosk;
    int idle_seconds;    /* time without a touch before the idle warning */
    int retention_months; /* sessions older than this are deleted at start */
    int contact_max_age_months; /* the staff screen warns of contacts checked longer ago than this */
    char alert_command[512]; /* a silent call for staff (issue 22): run with the alert's JSON on stdin, or "" */
    char kiosk_id[48];       /* names this kiosk in an alert; the host's name when not set */
    char alert_pg[512];      /* the fleet's PostgreSQL for alerts (a libpq conninfo), or "" */
    char read_aloud[16];     /* where "Read aloud" shows: off, family, practitioner or both (issue 22) */
    char pack_keys[2][64]; /* pack_key and pack_key_next: minisign public keys a signed rule
                              pack must verify against (config only; "" when unset) */
    int npack_keys;        /* how many are set; 0: a development kiosk, unsigned packs run */
} options;

void options_defaults(options *o);
/* The database's default path: $XDG_STATE_HOME/righthelp/righthelp.db, else
 * ~/.local/state/righthelp/righthelp.db, else righthelp.db (no HOME). */
void options_default_db(char *dst, size_t n);
/* Makes the default database's folders (0700) when o->db is the default; call before opening it. */
void options_prepare_db(const options *o);
/* Parses the run options in argv[*i]; returns 1 if it took one (advancing *i),
 * 0 if argv[*i] is not a run option, -1 on a bad value (message in err). */
int options_parse_one(options *o, int argc, char **argv, int *i, char *err, size_t errlen);

#endif
