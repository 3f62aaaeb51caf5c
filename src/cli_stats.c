/* cli_stats.c: 'righthelp stats': counts of sessions for a data team. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "options.h"
#include "rules.h"
#include "store.h"

/* A CSV field in double quotes, its quotes doubled. */
static void put_quoted(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        if (*s == '"') putchar('"');
        putchar(*s);
    }
    putchar('"');
}

/* One line a count; a table of tables (weeks by level, agreement by level)
 * gives keys such as "2026-11-23/3" or "3/differs". A route's or a rule's key keeps its id, for data teams,
 * and its words go in the name column (names: the running pack's, from rh_names). */
static void print_rows(const char *table, const char *prefix, const cJSON *obj, const cJSON *names)
{
    const cJSON *row;
    const char *kind = strstr(table, "route") ? "routes" : strstr(table, "rule") ? "rules" : NULL;
    cJSON_ArrayForEach(row, obj) {
        char key[256];
        snprintf(key, sizeof key, "%s%s%s", prefix, *prefix ? "/" : "", row->string);
        if (cJSON_IsObject(row)) print_rows(table, key, row, names);
        else if (cJSON_IsNumber(row)) {
            printf("%s,\"%s\",%d,", table, key, (int)row->valuedouble);
            const cJSON *n = kind ? cJSON_GetObjectItem(cJSON_GetObjectItem(names, kind), row->string) : NULL;
            if (cJSON_IsString(n)) put_quoted(n->valuestring);
            putchar('\n');
        }
    }
}

static void print_csv(const cJSON *stats)
{
    puts("table,key,count,name");
    printf("sessions,all,%d,\n", (int)cJSON_GetObjectItem(stats, "sessions")->valuedouble);
    printf("judgements,all,%d,\n", (int)cJSON_GetObjectItem(stats, "judgements")->valuedouble);
    const cJSON *table, *names = cJSON_GetObjectItem(stats, "names");
    cJSON_ArrayForEach(table, stats)
        if (cJSON_IsObject(table) && table != names) print_rows(table->string, "", table, names);
}

/* stats --training as CSV: one row per case, then one per rules' level. */
static void print_training_csv(const cJSON *stats)
{
    puts("table,key,rules_level,attempts,level_correct,action_correct,usual_wrong_level,usual_wrong_action");
    static const char *const tables[][2] = { { "by_case", "case" }, { "by_level", "level" } };
    for (int t = 0; t < 2; t++) {
        const cJSON *g;
        cJSON_ArrayForEach(g, cJSON_GetObjectItem(stats, tables[t][0])) {
            const cJSON *wl = cJSON_GetObjectItem(g, "usual_wrong_level"), *wa = cJSON_GetObjectItem(g, "usual_wrong_action");
            char wrong[16] = "";
            if (cJSON_IsNumber(wl)) snprintf(wrong, sizeof wrong, "%d", (int)wl->valuedouble);
            int level = (int)cJSON_GetObjectItem(g, "rules_level")->valuedouble;
            char key[64];
            if (t == 0) snprintf(key, sizeof key, "%s", cJSON_GetObjectItem(g, "case")->valuestring);
            else snprintf(key, sizeof key, "%d", level);
            printf("%s,\"%s\",%d,%d,%.3f,%.3f,%s,%s\n", tables[t][1], key, level,
                   (int)cJSON_GetObjectItem(g, "attempts")->valuedouble, cJSON_GetObjectItem(g, "level_correct")->valuedouble,
                   cJSON_GetObjectItem(g, "action_correct")->valuedouble, wrong, cJSON_IsString(wa) ? wa->valuestring : "");
        }
    }
}

int cli_stats(int argc, char **argv)
{
    const char *db = NULL, *since = "", *rules_dir = NULL;
    int csv = 0, training = 0;
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--pg")) return cli_fleet_program(argc, argv); /* the whole fleet's */
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--db") && i + 1 < argc) db = argv[++i];
        else if (!strcmp(argv[i], "--training")) training = 1;
        else if (!strcmp(argv[i], "--rules") && i + 1 < argc) rules_dir = argv[++i];
        else if (!strcmp(argv[i], "--csv")) csv = 1;
        else if (!strcmp(argv[i], "--json")) csv = 0;
        else if (!strcmp(argv[i], "--since") && i + 1 < argc) {
            since = argv[++i];
            int y, m, d;
            if (sscanf(since, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31) {
                fprintf(stderr, "righthelp stats: --since takes a date such as 2026-01-31, not '%s'\n", since);
                return 2;
            }
        }
        else {
            fprintf(stderr, "usage: righthelp stats --db PATH [--training] [--csv|--json] [--since YYYY-MM-DD] [--rules DIR]\n");
            return 2;
        }
    }
    if (!db) {
        fprintf(stderr, "usage: righthelp stats --db PATH [--training] [--csv|--json] [--since YYYY-MM-DD] [--rules DIR]\n");
        return 2;
    }
    if (cli_check_db("stats", db) != 0) return 1;
    char err[512] = "";
    store *s = store_open(db, err, sizeof err);
    if (!s) {
        fprintf(stderr, "righthelp stats: %s\n", err);
        return 1;
    }
    cJSON *stats = training ? store_training_stats(s, since, err, sizeof err) : store_stats_since(s, since, err, sizeof err);
    if (stats && !training && store_stats_more(s, since, stats, err, sizeof err) != 0) {
        cJSON_Delete(stats);
        stats = NULL;
    }
    store_close(s);
    if (!stats) {
        fprintf(stderr, "righthelp stats: %s\n", err);
        return 1;
    }
    /* Routes and rules in words too (issue 21), from the rule pack (--rules, else the kiosk's); without one the
     * figures still come, by id. */
    if (!training) {
        options o;
        options_defaults(&o);
        rules *r = rules_open(rules_dir ? rules_dir : o.rules, NULL, err, sizeof err);
        cJSON *names = r ? rules_call(r, "rh_names", NULL, err, sizeof err) : NULL;
        if (names) cJSON_AddItemToObject(stats, "names", names);
        else fprintf(stderr, "righthelp stats: routes and rules by id only: %s\n", err);
        if (r) rules_close(r);
    }
    if (csv && training) print_training_csv(stats);
    else if (csv) print_csv(stats);
    else {
        char *out = cJSON_Print(stats);
        puts(out);
        free(out);
    }
    cJSON_Delete(stats);
    return 0;
}
