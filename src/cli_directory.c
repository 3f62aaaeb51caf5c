/* cli_directory.c: 'righthelp directory import': an Open Referral UK export
 * into the area's directory file, which the signed pack then carries. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "directory.h"
#include "options.h"
#include "rules.h"
#include "util.h"

static int usage(void)
{
    fputs("usage: righthelp directory import FILE.json --area ID --out FILE [--date YYYY-MM-DD] [--rules DIR]\n"
          "  FILE.json is an Open Referral UK services export; the date is the export's (default: the file's)\n"
          "  and goes with the file name into each service's source. Put the output in the pack's directory/.\n",
          stderr);
    return 2;
}

static bool known_area(const char *rules_dir, const char *area, char *err, size_t errlen)
{
    rules *r = rules_open(rules_dir, NULL, err, errlen);
    if (!r) return false;
    cJSON *areas = rules_areas(r, err, errlen);
    bool found = false;
    const cJSON *a;
    cJSON_ArrayForEach(a, areas) {
        const cJSON *id = cJSON_GetObjectItem(a, "id");
        found |= cJSON_IsString(id) && !strcmp(id->valuestring, area);
    }
    if (!found) snprintf(err, errlen, "unknown area '%s' (righthelp areas lists the pack's areas)", area);
    cJSON_Delete(areas);
    rules_close(r);
    return found;
}

int cli_directory(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "import")) return usage();
    options o;
    options_defaults(&o);
    const char *file = NULL, *out = NULL, *date = NULL;
    bool area_given = false;
    char err[1024];
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--out") && i + 1 < argc) out = argv[++i];
        else if (!strcmp(argv[i], "--date") && i + 1 < argc) date = argv[++i];
        else if (argv[i][0] != '-' && !file) file = argv[i];
        else {
            area_given |= !strcmp(argv[i], "--area");
            int rc = options_parse_one(&o, argc, argv, &i, err, sizeof err);
            if (rc == 1) continue;
            if (rc < 0) fprintf(stderr, "righthelp directory: %s\n", err);
            else fprintf(stderr, "righthelp directory: unknown option '%s'\n", argv[i]);
            return usage();
        }
    }
    if (!file || !out || !area_given) return usage();
    int y, m, d;
    char when[16];
    if (date && (strlen(date) != 10 || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31)) {
        fprintf(stderr, "righthelp directory: --date takes a date such as 2026-11-20, not '%s'\n", date);
        return 2;
    }
    struct stat st;
    if (stat(file, &st) != 0) {
        fprintf(stderr, "righthelp directory: %s: %s\n", file, strerror(errno));
        return 1;
    }
    if (!date) {
        struct tm tm;
        gmtime_r(&st.st_mtime, &tm);
        strftime(when, sizeof when, "%Y-%m-%d", &tm);
        date = when;
    }
    if (!known_area(o.rules, o.area, err, sizeof err)) {
        fprintf(stderr, "righthelp directory: %s\n", err);
        return 1;
    }
    size_t len;
    char *json = util_read_file(file, &len, err, sizeof err);
    if (!json) {
        fprintf(stderr, "righthelp directory: %s\n", err);
        return 1;
    }
    const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
    cJSON *report = cJSON_CreateObject();
    char *lua = directory_import(json, len, o.area, base, date, report, err, sizeof err);
    free(json);
    if (!lua) {
        fprintf(stderr, "righthelp directory: %s\n", err);
        cJSON_Delete(report);
        return 1;
    }
    /* Written whole or not at all: a half file would stop the pack loading. */
    char tmp[1100];
    snprintf(tmp, sizeof tmp, "%s.tmp", out);
    FILE *f = fopen(tmp, "wb");
    size_t n = strlen(lua);
    bool ok = f && fwrite(lua, 1, n, f) == n;
    if (f && fclose(f) != 0) ok = false;
    free(lua);
    if (!ok || rename(tmp, out) != 0) {
        fprintf(stderr, "righthelp directory: %s: %s\n", out, strerror(errno));
        remove(tmp);
        cJSON_Delete(report);
        return 1;
    }
    cJSON_AddStringToObject(report, "area", o.area);
    cJSON_AddStringToObject(report, "source", base);
    cJSON_AddStringToObject(report, "date", date);
    cJSON_AddStringToObject(report, "out", out);
    char *s = cJSON_Print(report);
    puts(s);
    free(s);
    cJSON_Delete(report);
    return 0;
}
