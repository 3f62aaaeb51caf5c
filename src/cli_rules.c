/* cli_rules.c: the commands that ask the rule pack: areas, questions, decide, check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "cases.h"
#include "cli.h"
#include "lint.h"
#include "options.h"
#include "rules.h"
#include "util.h"

void cli_usage(void)
{
    fputs("usage:\n"
          "  righthelp [--area ID] [--mode family|practitioner|training] [--lang CODE]\n"
          "            [--fullscreen] [--kiosk] [--db PATH] [--rules DIR] [--size WxH] [--idle SECONDS]\n"
          "  righthelp areas [--rules DIR]\n"
          "  righthelp questions --area ID --mode M [--lang CODE] [--rules DIR]\n"
          "  righthelp decide --area ID --mode M --answers FILE|- [--lang CODE] [--rules DIR] [--at 'Mon 22:00']\n"
          "  righthelp front-doors [--lang CODE] [--rules DIR] [--at 'Mon 22:00']   the 33 London front doors\n"
          "  righthelp check [--rules DIR] [--cases DIR] [--report] [--contact-max-age MONTHS]\n"
          "  righthelp play SCRIPT --out DIR [--config PATH] [run options]\n"
          "  righthelp stats --db PATH [--training] [--csv|--json] [--since YYYY-MM-DD]\n"
          "  righthelp pack build|verify|install ...     signed rule packs ('righthelp pack' for more)\n"
          "  righthelp directory import FILE.json --area ID --out FILE   an Open Referral UK export\n"
          "  righthelp stats --pg CONNINFO [--csv|--json]\n"
          "  righthelp sync --db PATH --pg CONNINFO [--rules DIR]\n"
          "  righthelp fleet init|add-kiosk|set-site --pg CONNINFO [--kiosk ID] [--site NAME]\n"
          "  righthelp alerts --pg CONNINFO [--site NAME] | --ack ID   silent calls for staff, at a reception PC\n",
          stderr);
}

/* Parses run options plus the extra flags a command names; 0 ok, 2 bad usage. */
static int parse(int argc, char **argv, options *o, const char *extra, const char **extra_val)
{
    char err[256];
    options_defaults(o);
    for (int i = 1; i < argc; i++) {
        int rc = options_parse_one(o, argc, argv, &i, err, sizeof err);
        if (rc < 0) {
            fprintf(stderr, "righthelp: %s\n", err);
            return 2;
        }
        if (rc == 1) continue;
        if (extra && !strcmp(argv[i], extra) && i + 1 < argc) {
            *extra_val = argv[++i];
            continue;
        }
        fprintf(stderr, "righthelp %s: unknown option '%s'\n", argv[0], argv[i]);
        cli_usage();
        return 2;
    }
    return 0;
}

static rules *open_or_say(const options *o)
{
    char err[1024];
    rules *r = rules_open(o->rules, NULL, err, sizeof err);
    if (!r) fprintf(stderr, "%s\n", err);
    return r;
}

/* Prints j as JSON on stdout and frees it; 0, the command's success. */
int cli_print_json(cJSON *j)
{
    char *s = cJSON_Print(j);
    puts(s);
    free(s);
    cJSON_Delete(j);
    return 0;
}

int cli_areas(int argc, char **argv)
{
    options o;
    if (parse(argc, argv, &o, NULL, NULL)) return 2;
    rules *r = open_or_say(&o);
    if (!r) return 1;
    char err[1024];
    cJSON *a = rules_areas(r, err, sizeof err);
    rules_close(r);
    if (!a) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    return cli_print_json(a);
}

int cli_questions(int argc, char **argv)
{
    options o;
    if (parse(argc, argv, &o, NULL, NULL)) return 2;
    rules *r = open_or_say(&o);
    if (!r) return 1;
    char err[1024];
    int rc = 1;
    cJSON *areas = rules_areas(r, err, sizeof err);
    bool known = false;
    const cJSON *a;
    cJSON_ArrayForEach(a, areas) known |= !strcmp(cJSON_GetObjectItem(a, "id")->valuestring, o.area);
    if (!known) fprintf(stderr, "righthelp questions: unknown area '%s'\n", o.area);
    else {
        cJSON *q = rules_questions(r, o.mode, o.lang, err, sizeof err);
        if (q) rc = cli_print_json(q);
        else fprintf(stderr, "%s\n", err);
    }
    cJSON_Delete(areas);
    rules_close(r);
    return rc;
}

/* Reads the answers object: {"question_id": "answer_id", ...}. */
static cJSON *read_answers(const char *path, char *err, size_t errlen)
{
    char *text;
    if (!strcmp(path, "-")) {
        /* An answer set is a few kilobytes: anything over 16 MB is refused, not cut. */
        size_t cap = 4096, n = 0, got;
        text = malloc(cap);
        while (text && (got = fread(text + n, 1, cap - n - 1, stdin)) > 0) {
            n += got;
            if (n + 1 < cap) continue;
            char *bigger = cap < (1u << 24) ? realloc(text, cap * 2) : NULL;
            if (!bigger) {
                free(text);
                snprintf(err, errlen, "%s: the answers are too large (over 16 MB) or memory ran out", path);
                return NULL;
            }
            text = bigger;
            cap *= 2;
        }
        if (!text) {
            snprintf(err, errlen, "out of memory");
            return NULL;
        }
        text[n] = 0;
    } else if (!(text = util_read_file(path, NULL, err, errlen))) {
        return NULL;
    }
    cJSON *j = answers_parse(text, path, err, errlen);
    free(text);
    return j;
}

/* Takes "--at 'Mon 22:00'" out of argv (the wall clock a decision reads); -1 if it cannot be read. */
static int take_clock(int *argc, char **argv, struct tm *at, bool *given)
{
    int n = 0;
    *given = false;
    for (int i = 0; i < *argc; i++) {
        if (i > 0 && !strcmp(argv[i], "--at") && i + 1 < *argc) {
            if (util_parse_clock(argv[++i], at) != 0) {
                fprintf(stderr, "righthelp: --at needs a day and a time, e.g. --at 'Mon 22:00'\n");
                return -1;
            }
            *given = true;
        } else {
            argv[n++] = argv[i];
        }
    }
    *argc = n;
    return 0;
}

/* righthelp front-doors: the 33 London front doors, each with its numbers, hours and the excerpts
 * they come from; with --at, which number to call first at that time. */
int cli_front_doors(int argc, char **argv)
{
    options o;
    struct tm at;
    bool timed;
    if (take_clock(&argc, argv, &at, &timed) || parse(argc, argv, &o, NULL, NULL)) return 2;
    rules *r = open_or_say(&o);
    if (!r) return 1;
    char err[1024];
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateString(o.lang));
    if (timed) {
        cJSON *t = cJSON_CreateObject();
        cJSON_AddNumberToObject(t, "wday", at.tm_wday == 0 ? 7 : at.tm_wday);
        cJSON_AddNumberToObject(t, "minute", at.tm_hour * 60 + at.tm_min);
        cJSON_AddItemToArray(args, t);
    }
    cJSON *list = rules_call(r, "rh_front_doors", args, err, sizeof err);
    cJSON_Delete(args);
    rules_close(r);
    if (!list) {
        fprintf(stderr, "righthelp front-doors: %s\n", err);
        return 1;
    }
    return cli_print_json(list);
}

int cli_decide(int argc, char **argv)
{
    options o;
    const char *answers_path = NULL;
    struct tm at;
    bool timed;
    if (take_clock(&argc, argv, &at, &timed)) return 2;
    if (parse(argc, argv, &o, "--answers", &answers_path)) return 2;
    if (!answers_path) {
        fprintf(stderr, "righthelp decide: --answers FILE (or -) is required\n");
        return 2;
    }
    if (!strcmp(o.mode, "training")) util_copy(o.mode, sizeof o.mode, "practitioner");
    char err[1024];
    cJSON *answers = read_answers(answers_path, err, sizeof err);
    if (!answers) {
        fprintf(stderr, "righthelp decide: %s\n", err);
        return 1;
    }
    rules *r = open_or_say(&o);
    if (!r) {
        cJSON_Delete(answers);
        return 1;
    }
    cJSON *d = rules_decide_at(r, o.area, o.mode, answers, o.lang, timed ? &at : NULL, err, sizeof err);
    cJSON_Delete(answers);
    rules_close(r);
    if (!d) {
        fprintf(stderr, "righthelp decide: %s\n", err);
        return 1;
    }
    return cli_print_json(d);
}

/* check --report: how many of the cards a route can show carry a sourced contact, and which do not
 * (they say "ask a member of staff"). */
static void print_contacts(const cJSON *c, FILE *f)
{
    int services = (int)cJSON_GetNumberValue(cJSON_GetObjectItem(c, "services"));
    int with = (int)cJSON_GetNumberValue(cJSON_GetObjectItem(c, "with_contact"));
    fprintf(f, "contacts: %d of %d service cards a route can show have a sourced contact (%.1f %% without)\n", with,
            services, services ? 100.0 * (services - with) / services : 0.0);
    const cJSON *s;
    cJSON_ArrayForEach(s, cJSON_GetObjectItem(c, "without")) {
        const char *why = cJSON_GetStringValue(cJSON_GetObjectItem(s, "why"));
        fprintf(f, "  no contact: %s (%s)%s%s\n", cJSON_GetStringValue(cJSON_GetObjectItem(s, "id")),
                cJSON_GetStringValue(cJSON_GetObjectItem(s, "name")), why && *why ? ": " : "", why ? why : "");
    }
}

/* check --cases DIR: every case, then what no case exercises. Published cases are scored; with
 * --report their table is printed and both modes are held to the floor (published.h). */
static int check_cases(const options *o, const char *dir, bool report, cJSON *out)
{
    char err[1024];
    rules *r = rules_open(o->rules, NULL, err, sizeof err);
    if (!r) return 1; /* the lint above has reported why */
    char path[700];
    snprintf(path, sizeof path, "%s/lint.lua", o->assets);
    cJSON *inventory = NULL;
    if (rules_load_program(r, path, err, sizeof err) == 0) inventory = rules_call(r, "rh_inventory", NULL, err, sizeof err);
    cases_report rep;
    published_report pub;
    published_init(&pub, r);
    cases_run(r, dir, inventory, &pub, &rep);
    const cJSON *f;
    cJSON_ArrayForEach(f, rep.failures)
        fprintf(stderr, "%s: error: %s\n", cJSON_GetObjectItem(f, "file")->valuestring,
                cJSON_GetObjectItem(f, "message")->valuestring);
    cJSON *c = cJSON_AddObjectToObject(out, "cases");
    cJSON_AddNumberToObject(c, "run", rep.run);
    cJSON_AddNumberToObject(c, "passed", rep.passed);
    cJSON_AddNumberToObject(c, "failed", rep.failed);
    if (rep.unexercised) {
        cJSON_AddItemToObject(c, "unexercised", rep.unexercised);
        rep.unexercised = NULL;
    }
    int rc = rep.failed || rep.run == 0 ? 1 : 0;
    if (rep.run == 0) fprintf(stderr, "%s: error: no case files\n", dir);
    if (pub.run) {
        cJSON_AddItemToObject(out, "published", published_json(&pub));
        if (report) {
            published_print(&pub, stderr);
            if (!published_meets_floor(&pub, dir, stderr)) {
                fprintf(stderr, "%s: error: below the floor (%s/floor.json)\n", dir, dir);
                rc = 1;
            }
        }
    } else if (report) {
        fprintf(stderr, "%s: error: --report: no published cases\n", dir);
        rc = 1;
    }
    published_free(&pub);
    cases_free(&rep);
    cJSON_Delete(inventory);
    rules_close(r);
    return rc;
}

int cli_check(int argc, char **argv)
{
    options o;
    const char *cases_dir = NULL;
    bool report = false;
    char *args[argc > 0 ? argc : 1];
    int n = 0;
    for (int i = 0; i < argc; i++) {
        if (i > 0 && !strcmp(argv[i], "--report")) report = true;
        else if (i > 0 && !strcmp(argv[i], "--contact-max-age") && i + 1 < argc) {
            char *end;
            long m = strtol(argv[++i], &end, 10);
            if (*end || m < 1 || m > 120) {
                fprintf(stderr, "righthelp check: --contact-max-age needs a number of months (1 to 120)\n");
                return 2;
            }
            lint_set_contact_max_age((int)m);
        } else args[n++] = argv[i];
    }
    if (parse(n, args, &o, "--cases", &cases_dir)) return 2;
    lint_report rep;
    lint_run(o.rules, o.assets, &rep);
    for (int i = 0; i < rep.n; i++)
        fprintf(stderr, "%s: %s: %s\n", rep.items[i].where, rep.items[i].error ? "error" : "warning",
                rep.items[i].message);
    cJSON *out = cJSON_CreateObject();
    cJSON_AddStringToObject(out, "rules", o.rules);
    cJSON_AddStringToObject(out, "rules_version", rep.version);
    cJSON_AddNumberToObject(out, "errors", rep.errors);
    cJSON_AddNumberToObject(out, "warnings", rep.n - rep.errors);
    int rc = rep.errors ? 1 : 0;
    if (report && rep.contacts) print_contacts(rep.contacts, stderr);
    if (rep.contacts) {
        cJSON_AddItemToObject(out, "contacts", rep.contacts);
        rep.contacts = NULL;
    }
    lint_free(&rep);
    if (cases_dir && check_cases(&o, cases_dir, report, out)) rc = 1;
    cli_print_json(out);
    return rc;
}
