/* cli_stats.c: 'righthelp stats': counts of sessions for a data team. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "store.h"

/* One line a count; a table of tables (weeks by level, agreement by level)
 * gives keys such as "2026-11-23/3" or "3/differs". */
static void print_rows(const char *table, const char *prefix, const cJSON *obj)
{
    const cJSON *row;
    cJSON_ArrayForEach(row, obj) {
        char key[256];
        snprintf(key, sizeof key, "%s%s%s", prefix, *prefix ? "/" : "", row->string);
        if (cJSON_IsObject(row)) print_rows(table, key, row);
        else if (cJSON_IsNumber(row)) printf("%s,\"%s\",%d\n", table, key, (int)row->valuedouble);
    }
}

static void print_csv(const cJSON *stats)
{
    puts("table,key,count");
    printf("sessions,all,%d\n", (int)cJSON_GetObjectItem(stats, "sessions")->valuedouble);
    printf("judgements,all,%d\n", (int)cJSON_GetObjectItem(stats, "judgements")->valuedouble);
    const cJSON *table;
    cJSON_ArrayForEach(table, stats)
        if (cJSON_IsObject(table)) print_rows(table->string, "", table);
}

int cli_stats(int argc, char **argv)
{
    const char *db = NULL, *since = "";
    int csv = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--db") && i + 1 < argc) db = argv[++i];
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
            fprintf(stderr, "usage: righthelp stats --db PATH [--csv|--json] [--since YYYY-MM-DD]\n");
            return 2;
        }
    }
    if (!db) {
        fprintf(stderr, "usage: righthelp stats --db PATH [--csv|--json] [--since YYYY-MM-DD]\n");
        return 2;
    }
    char err[512] = "";
    store *s = store_open(db, err, sizeof err);
    if (!s) {
        fprintf(stderr, "righthelp stats: %s\n", err);
        return 1;
    }
    cJSON *stats = store_stats_since(s, since, err, sizeof err);
    if (stats && store_stats_more(s, since, stats, err, sizeof err) != 0) {
        cJSON_Delete(stats);
        stats = NULL;
    }
    store_close(s);
    if (!stats) {
        fprintf(stderr, "righthelp stats: %s\n", err);
        return 1;
    }
    if (csv) print_csv(stats);
    else {
        char *out = cJSON_Print(stats);
        puts(out);
        free(out);
    }
    cJSON_Delete(stats);
    return 0;
}
