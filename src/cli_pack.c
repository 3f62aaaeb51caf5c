/* cli_pack.c: 'righthelp pack build|verify|install': signed rule packs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "config.h"
#include "manifest.h"
#include "pack.h"
#include "pack_install.h"
#include "util.h"

static int usage(void)
{
    fputs("usage:\n"
          "  righthelp pack build --rules DIR --version N --out DIR2 [--name NAME] [--min-app VERSION]\n"
          "  righthelp pack verify DIR2 [--pubkey FILE]... [--config PATH] [--db PATH (and its floor)]\n"
          "  righthelp pack install DIR2 [--db PATH] [--rules DIR] [--pubkey FILE]... [--config PATH]\n"
          "Keys come from --pubkey (a minisign.pub; two for a rotation) or from pack_key and pack_key_next\n"
          "in the config (default " CONFIG_DEFAULT_PATH ").\n",
          stderr);
    return 2;
}

/* "a,b,c" as a JSON array. */
static void add_areas(cJSON *j, const char *areas)
{
    cJSON *arr = cJSON_AddArrayToObject(j, "areas");
    char copy[512];
    util_copy(copy, sizeof copy, areas);
    for (char *save = NULL, *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save))
        cJSON_AddItemToArray(arr, cJSON_CreateString(t));
}

/* What build and verify print of a manifest. */
static void add_manifest(cJSON *j, const manifest *m)
{
    cJSON_AddStringToObject(j, "pack", m->pack);
    cJSON_AddNumberToObject(j, "version", (double)m->version);
    add_areas(j, m->areas);
    cJSON_AddStringToObject(j, "min_app_version", m->min_app);
    cJSON_AddStringToObject(j, "created", m->created);
    cJSON_AddStringToObject(j, "rules_version", m->rules_version);
    cJSON_AddNumberToObject(j, "files", m->nfiles);
}

typedef struct args {
    options o;
    const char *dir;            /* the pack folder (verify, install) */
    const char *version, *out, *name, *min_app;
    minisign_key keys[MANIFEST_MAX_KEYS];
    int nkeys;
    bool db_given;              /* verify: also check the floor of this kiosk's database */
} args;

/* The config first (--config, else the installed one if present), then flags. 0 ok, 2 bad usage. */
static int parse(int argc, char **argv, args *a, bool build)
{
    memset(a, 0, sizeof *a);
    options_defaults(&a->o);
    char err[1024];
    const char *config = NULL;
    for (int i = 2; i + 1 < argc; i++)
        if (!strcmp(argv[i], "--config")) config = argv[i + 1];
    if (!build && config_read(config ? config : CONFIG_DEFAULT_PATH, config == NULL, &a->o, err, sizeof err) != 0) {
        fprintf(stderr, "righthelp pack: %s\n", err);
        return 2;
    }
    for (int i = 2; i < argc; i++) {
        const char *f = argv[i];
        bool has = i + 1 < argc;
        if (!strcmp(f, "--config") && has) i++;
        else if (!strcmp(f, "--version") && has) a->version = argv[++i];
        else if (!strcmp(f, "--out") && has) a->out = argv[++i];
        else if (!strcmp(f, "--name") && has) a->name = argv[++i];
        else if (!strcmp(f, "--min-app") && has) a->min_app = argv[++i];
        else if (!strcmp(f, "--pubkey") && has) {
            if (a->nkeys == MANIFEST_MAX_KEYS) {
                fprintf(stderr, "righthelp pack: at most %d keys (the current one and the next)\n", MANIFEST_MAX_KEYS);
                return 2;
            }
            if (minisign_key_read(&a->keys[a->nkeys++], argv[++i], err, sizeof err) != 0) {
                fprintf(stderr, "righthelp pack: %s\n", err);
                return 2;
            }
        } else if (f[0] != '-' && !a->dir) a->dir = f;
        else if (!strcmp(f, "--db") && has) {
            a->db_given = true;
            util_copy(a->o.db, sizeof a->o.db, argv[++i]);
        }
        else {
            int rc = options_parse_one(&a->o, argc, argv, &i, err, sizeof err);
            if (rc == 1) continue;
            if (rc < 0) fprintf(stderr, "righthelp pack: %s\n", err);
            else fprintf(stderr, "righthelp pack: unknown option '%s'\n", f);
            return usage();
        }
    }
    return 0;
}

static int build(int argc, char **argv)
{
    args a;
    if (parse(argc, argv, &a, true)) return 2;
    char *end = NULL;
    long version = a.version ? strtol(a.version, &end, 10) : 0;
    if (!a.version || *end || version < 1 || !a.out) {
        fprintf(stderr, "righthelp pack build: --version N (a whole number from 1 up) and --out DIR2 are required\n");
        return usage();
    }
    if (a.min_app && !(a.min_app[0] >= '0' && a.min_app[0] <= '9')) {
        fprintf(stderr, "righthelp pack build: --min-app takes a version such as 1.0.0\n");
        return 2;
    }
    manifest m;
    char err[1024];
    if (manifest_build(a.o.rules, a.o.assets, version, a.name, a.min_app, a.out, &m, err, sizeof err) != 0) {
        fprintf(stderr, "righthelp pack build: %s\n", err);
        return 1;
    }
    cJSON *j = cJSON_CreateObject();
    add_manifest(j, &m);
    char path[700], sign[1200];
    snprintf(path, sizeof path, "%s/%s", a.out, MANIFEST_FILE);
    cJSON_AddStringToObject(j, "manifest", path);
    snprintf(sign, sizeof sign, "minisign -S -s KEY -m %s -t \"pack=%s version=%ld\"", path, m.pack, m.version);
    cJSON_AddStringToObject(j, "sign_with", sign);
    return cli_print_json(j);
}

static int keys_or_config(args *a)
{
    if (a->nkeys) return 0;
    for (int i = 0; i < 2; i++) {
        if (!a->o.pack_keys[i][0]) continue;
        char err[256];
        if (minisign_key_parse(&a->keys[a->nkeys], a->o.pack_keys[i], err, sizeof err) == 0) a->nkeys++;
    }
    if (a->nkeys) return 0;
    fprintf(stderr, "righthelp pack: no trusted key: pass --pubkey FILE, or set pack_key in the config\n");
    return 2;
}

static int verify(int argc, char **argv)
{
    args a;
    if (parse(argc, argv, &a, false)) return 2;
    if (!a.dir) return usage();
    if (keys_or_config(&a)) return 2;
    manifest m;
    char err[1024];
    pack_trust t = { .nkeys = a.nkeys };
    /* With --db, the floor of that kiosk too: would it take this pack? */
    if (a.db_given) {
        options_prepare_db(&a.o);
        store *st = store_open(a.o.db, err, sizeof err);
        if (!st) {
            fprintf(stderr, "righthelp pack verify: %s\n", err);
            return 1;
        }
        int rc = pack_trust_load(&a.o, st, &t, err, sizeof err);
        store_close(st);
        if (rc != 0) {
            fprintf(stderr, "righthelp pack verify: %s\n", err);
            return 2;
        }
        t.nkeys = a.nkeys;
    }
    memcpy(t.keys, a.keys, sizeof a.keys);
    if (manifest_trust(a.dir, &t, &m, err, sizeof err) != 0) {
        fprintf(stderr, "righthelp pack verify: refused: %s\n", err);
        return 1;
    }
    /* Then what a kiosk would run before taking it: the self-test. */
    rules *r = pack_open_tested(a.dir, &t, err, sizeof err);
    if (!r) {
        fprintf(stderr, "righthelp pack verify: refused: %s\n", err);
        return 1;
    }
    rules_close(r);
    cJSON *j = cJSON_CreateObject();
    cJSON_AddBoolToObject(j, "verified", 1);
    add_manifest(j, &m);
    return cli_print_json(j);
}

static int install(int argc, char **argv)
{
    args a;
    if (parse(argc, argv, &a, false)) return 2;
    if (!a.dir) return usage();
    if (keys_or_config(&a)) return 2;
    cJSON *j = cJSON_CreateObject();
    char err[1024];
    if (pack_install(a.dir, &a.o, a.keys, a.nkeys, j, err, sizeof err) != 0) {
        fprintf(stderr, "righthelp pack install: refused, the installed pack stays: %s\n", err);
        cJSON_Delete(j);
        return 1;
    }
    return cli_print_json(j);
}

int cli_pack(int argc, char **argv)
{
    if (argc < 2) return usage();
    if (!strcmp(argv[1], "build")) return build(argc, argv);
    if (!strcmp(argv[1], "verify")) return verify(argc, argv);
    if (!strcmp(argv[1], "install")) return install(argc, argv);
    fprintf(stderr, "righthelp pack: unknown command '%s'\n", argv[1]);
    return usage();
}
