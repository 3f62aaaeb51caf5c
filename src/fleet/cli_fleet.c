/* cli_fleet.c: 'righthelp fleet init|add-kiosk', 'righthelp sync' and
 * 'righthelp stats --pg': the partnership's PostgreSQL from the command line. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <sodium.h>
#include <sqlite3.h>

#include "cli.h"
#include "fleet.h"
#include "outbox.h"
#include "store.h"
#include "sync.h"

static int usage(void)
{
    fputs("usage:\n"
          "  righthelp fleet init --pg CONNINFO\n"
          "  righthelp fleet add-kiosk --pg CONNINFO --kiosk ID [--role NAME] [--existing-role] [--site NAME]\n"
          "  righthelp fleet set-site --pg CONNINFO --kiosk ID --site NAME\n"
          "  righthelp sync --db PATH --pg CONNINFO [--rules DIR] [--batch N] [--retries N] [--backoff-ms MS]\n"
          "                 [--retry-refused]\n"
          "  righthelp stats --pg CONNINFO [--csv|--json]\n",
          stderr);
    return 2;
}

/* A whole number from min to max, or -1. */
static int number(const char *s, int min, int max)
{
    char *end;
    long v = strtol(s, &end, 10);
    return (*s && !*end && v >= min && v <= max) ? (int)v : -1;
}

static int fleet_init_cmd(const char *pg)
{
    char err[1024];
    PGconn *c = fleet_connect(pg, err, sizeof err);
    if (!c) {
        fprintf(stderr, "righthelp fleet init: %s\n", err);
        return 1;
    }
    int from, to;
    int rc = fleet_init(c, &from, &to, err, sizeof err);
    PQfinish(c);
    if (rc != 0) {
        fprintf(stderr, "righthelp fleet init: %s\n", err);
        return 1;
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "schema_from", from);
    cJSON_AddNumberToObject(o, "schema_version", to);
    return cli_print_json(o);
}

static int add_kiosk_cmd(const char *pg, const char *kiosk, const char *role, int existing)
{
    char rolebuf[80], err[1024], password[64];
    if (!role) {
        snprintf(rolebuf, sizeof rolebuf, "kiosk_%s", kiosk);
        for (char *p = rolebuf; *p; p++) if (*p == '-') *p = '_';
        role = rolebuf;
    }
    PGconn *c = fleet_connect(pg, err, sizeof err);
    if (!c) {
        fprintf(stderr, "righthelp fleet add-kiosk: %s\n", err);
        return 1;
    }
    int rc = fleet_add_kiosk(c, kiosk, role, existing, password, sizeof password, err, sizeof err);
    PQfinish(c);
    if (rc != 0) {
        fprintf(stderr, "righthelp fleet add-kiosk: %s\n", err);
        return 1;
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "kiosk", kiosk);
    cJSON_AddStringToObject(o, "role", role);
    if (!existing) cJSON_AddStringToObject(o, "password", password); /* shown once: put it in the kiosk's pgpass */
    sodium_memzero(password, sizeof password);
    return cli_print_json(o);
}

/* A kiosk's site, the reception whose listener hears its alerts (issue 22). */
static int set_site_cmd(const char *pg, const char *kiosk, const char *site, int print)
{
    char err[1024];
    PGconn *c = fleet_connect(pg, err, sizeof err);
    int rc = c ? fleet_set_site(c, kiosk, site, err, sizeof err) : -1;
    PQfinish(c);
    if (rc != 0) {
        fprintf(stderr, "righthelp fleet: %s\n", err);
        return 1;
    }
    if (!print) return 0;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "kiosk", kiosk);
    cJSON_AddStringToObject(o, "site", site);
    return cli_print_json(o);
}

int cli_fleet(int argc, char **argv)
{
    if (argc < 2) return usage();
    const char *pg = NULL, *kiosk = NULL, *role = NULL, *site = NULL;
    int existing = 0;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--pg") && i + 1 < argc) pg = argv[++i];
        else if (!strcmp(argv[i], "--kiosk") && i + 1 < argc) kiosk = argv[++i];
        else if (!strcmp(argv[i], "--site") && i + 1 < argc) site = argv[++i];
        else if (!strcmp(argv[i], "--role") && i + 1 < argc) role = argv[++i];
        else if (!strcmp(argv[i], "--existing-role")) existing = 1;
        else return usage();
    }
    if (!pg) return usage();
    if (!strcmp(argv[1], "init") && !kiosk && !role && !existing && !site) return fleet_init_cmd(pg);
    if (!strcmp(argv[1], "add-kiosk") && kiosk) {
        int rc = add_kiosk_cmd(pg, kiosk, role, existing);
        return rc == 0 && site ? set_site_cmd(pg, kiosk, site, 0) : rc;
    }
    if (!strcmp(argv[1], "set-site") && kiosk && site && !role && !existing) return set_site_cmd(pg, kiosk, site, 1);
    return usage();
}

int cli_sync(int argc, char **argv)
{
    const char *db = NULL, *pg = NULL;
    int retry_refused = 0;
    sync_options o = sync_defaults();
    for (int i = 1; i < argc; i++) {
        int *num = NULL, min = 0, max = 0;
        if (!strcmp(argv[i], "--db") && i + 1 < argc) db = argv[++i];
        else if (!strcmp(argv[i], "--pg") && i + 1 < argc) pg = argv[++i];
        else if (!strcmp(argv[i], "--rules") && i + 1 < argc) o.rules = argv[++i];
        else if (!strcmp(argv[i], "--retry-refused")) retry_refused = 1;
        else if (!strcmp(argv[i], "--batch")) num = &o.batch, min = 1, max = 5000;
        else if (!strcmp(argv[i], "--retries")) num = &o.retries, min = 0, max = 10;
        else if (!strcmp(argv[i], "--backoff-ms")) num = &o.backoff_ms, min = 1, max = 600000;
        else return usage();
        if (num) {
            const char *flag = argv[i];
            if (i + 1 >= argc || (*num = number(argv[++i], min, max)) < 0) {
                fprintf(stderr, "righthelp sync: %s takes a number from %d to %d\n", flag, min, max);
                return 2;
            }
        }
    }
    if (!db || !pg) return usage();
    if (cli_check_db("sync", db) != 0) return 1;
    /* One sync at a time per database (the timer and a person by hand). */
    char lockpath[1100];
    snprintf(lockpath, sizeof lockpath, "%s-sync.lock", db);
    int lock = open(lockpath, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock < 0 || flock(lock, LOCK_EX | LOCK_NB) != 0) {
        fprintf(stderr, "righthelp sync: %s\n", lock < 0 ? strerror(errno) : "another sync of this database is running");
        if (lock >= 0) close(lock);
        return 1;
    }
    char err[1024] = "";
    store *s = store_open(db, err, sizeof err);
    if (!s) {
        fprintf(stderr, "righthelp sync: %s\n", err);
        close(lock);
        return 1;
    }
    if (retry_refused && outbox_retry_refused(s, err, sizeof err) < 0) {
        fprintf(stderr, "righthelp sync: %s\n", err);
        store_close(s);
        close(lock);
        return 1;
    }
    sync_report rep;
    int rc = sync_run(s, pg, &o, &rep, err, sizeof err);
    store_close(s);
    close(lock);
    cJSON *out = cJSON_CreateObject();
    cJSON_AddNumberToObject(out, "sent", rep.sent);
    cJSON_AddNumberToObject(out, "duplicates", rep.duplicates);
    cJSON_AddNumberToObject(out, "pending", rep.pending);
    cJSON_AddNumberToObject(out, "set_aside", rep.set_aside);
    cJSON_AddNumberToObject(out, "retries", rep.retries);
    cJSON_AddNumberToObject(out, "alerts", rep.alerts);
    cli_print_json(out);
    if (rc != 0) {
        fprintf(stderr, "righthelp sync: %s; %d sessions kept to send later\n", err, rep.pending);
        return 1;
    }
    return 0;
}

static void print_csv_scope(const char *scope, const cJSON *stats)
{
    printf("%s,sessions,all,%d\n", scope, (int)cJSON_GetObjectItem(stats, "sessions")->valuedouble);
    const cJSON *table;
    cJSON_ArrayForEach(table, stats) {
        if (!cJSON_IsObject(table)) continue;
        const cJSON *row;
        cJSON_ArrayForEach(row, table) printf("%s,%s,\"%s\",%d\n", scope, table->string, row->string, (int)row->valuedouble);
    }
}

int cli_stats_pg(int argc, char **argv)
{
    const char *pg = NULL;
    int csv = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--pg") && i + 1 < argc) pg = argv[++i];
        else if (!strcmp(argv[i], "--csv")) csv = 1;
        else if (!strcmp(argv[i], "--json")) csv = 0;
        else return usage();
    }
    if (!pg) return usage();
    char err[1024];
    PGconn *c = fleet_connect(pg, err, sizeof err);
    cJSON *stats = c ? fleet_stats(c, err, sizeof err) : NULL;
    PQfinish(c);
    if (!stats) {
        fprintf(stderr, "righthelp stats: %s\n", err);
        return 1;
    }
    if (!csv) return cli_print_json(stats);
    puts("scope,table,key,count");
    print_csv_scope("fleet", cJSON_GetObjectItem(stats, "fleet"));
    const cJSON *k;
    cJSON_ArrayForEach(k, cJSON_GetObjectItem(stats, "kiosks")) print_csv_scope(k->string, k);
    cJSON_Delete(stats);
    return 0;
}
