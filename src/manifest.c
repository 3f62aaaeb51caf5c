/* manifest.c: building a signed rule pack's manifest, and verifying a pack
 * against it and the partnership's signature. */
#include "manifest.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "blake2b.h"
#include "pack.h"
#include "util.h"
#include "version.h"

#define FORMAT "righthelp-pack-1"
#define MAX_FILES 512
#define MAX_FILE_BYTES (1 << 20)
#define MAX_DEPTH 4

/* ---- small helpers ---- */

static void hash_hex(const void *data, size_t len, char out[65])
{
    unsigned char h[32];
    blake2b(h, sizeof h, data, len);
    blake2b_hex(out, h, sizeof h);
}

/* A path a pack may list: relative, plain segments of [A-Za-z0-9._-], none
 * empty, none starting with a dot (so no "..", no hidden files). */
static bool safe_path(const char *p)
{
    size_t n = strlen(p);
    if (n == 0 || n > 200 || p[0] == '/') return false;
    bool seg_start = true;
    for (const char *c = p; *c; c++) {
        if (*c == '/') {
            if (seg_start) return false;
            seg_start = true;
            continue;
        }
        if (seg_start && *c == '.') return false;
        seg_start = false;
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '.' ||
              *c == '_' || *c == '-'))
            return false;
    }
    return !seg_start;
}


static int mkdirs_for(const char *path)
{
    char tmp[1024];
    util_copy(tmp, sizeof tmp, path);
    for (char *s = tmp + 1; *s; s++) {
        if (*s != '/') continue;
        *s = 0;
        if (mkdir(tmp, 0755) != 0 && errno != EEXIST) return -1;
        *s = '/';
    }
    return 0;
}

static int write_file(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
    if (mkdirs_for(path) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        if (f) fclose(f);
        return -1;
    }
    if (fclose(f) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

int manifest_version_cmp(const char *a, const char *b)
{
    while (*a || *b) {
        long x = strtol(a, (char **)&a, 10), y = strtol(b, (char **)&b, 10);
        if (x != y) return x < y ? -1 : 1;
        if (*a == '.') a++;
        if (*b == '.') b++;
        if ((*a && (*a < '0' || *a > '9')) || (*b && (*b < '0' || *b > '9'))) break;
    }
    return 0;
}

/* ---- build ---- */

static void add_file(cJSON *files, const char *rel, const char *data, size_t len)
{
    char hex[65];
    hash_hex(data, len, hex);
    cJSON *f = cJSON_CreateObject();
    cJSON_AddStringToObject(f, "path", rel);
    cJSON_AddNumberToObject(f, "size", (double)len);
    cJSON_AddStringToObject(f, "blake2b", hex);
    cJSON_AddItemToArray(files, f);
}

/* Copies one file of the pack into out and lists it. */
static int take_file(const char *rules_dir, const char *out_dir, const char *rel, cJSON *files, char *err, size_t errlen)
{
    char from[1024], to[1024];
    snprintf(from, sizeof from, "%s/%s", rules_dir, rel);
    snprintf(to, sizeof to, "%s/%s", out_dir, rel);
    if (!safe_path(rel)) {
        snprintf(err, errlen, "%s: a name a pack may not carry (letters, digits, '.', '_' and '-' only)", from);
        return -1;
    }
    size_t len;
    char *data = util_read_regular(from, MAX_FILE_BYTES, &len, err, errlen);
    if (!data) return -1;
    int rc = write_file(to, data, len, err, errlen);
    if (rc == 0) add_file(files, rel, data, len);
    free(data);
    return rc;
}

/* The self-test cases travel with the pack: its version covers them. */
static int take_cases(const char *rules_dir, const char *out_dir, cJSON *files, char *err, size_t errlen)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/cases", rules_dir);
    char *names[MAX_FILES];
    int n = util_list_dir(path, ".json", names, MAX_FILES);
    if (n < 0) {
        if (errno == ENOENT) return 0;
        snprintf(err, errlen, "%s: %s", path, errno == E2BIG ? "more case files than a pack may hold" : strerror(errno));
        return -1;
    }
    int rc = 0;
    for (int i = 0; i < n; i++) {
        char rel[400];
        snprintf(rel, sizeof rel, "cases/%s", names[i]);
        if (rc == 0) rc = take_file(rules_dir, out_dir, rel, files, err, errlen);
        free(names[i]);
    }
    return rc;
}

int manifest_build(const char *rules_dir, const char *assets_dir, long version, const char *name,
                   const char *min_app, const char *out_dir, manifest *m, char *err, size_t errlen)
{
    memset(m, 0, sizeof *m);
    if (version < 1) {
        snprintf(err, errlen, "the version must be a whole number from 1 up");
        return -1;
    }
    name = name ? name : "righthelp";
    if (!safe_path(name) || strchr(name, '/') || strlen(name) >= sizeof m->pack) {
        snprintf(err, errlen, "the pack name '%s' must be letters, digits, '.', '_' and '-'", name);
        return -1;
    }
    /* Never sign a pack that would be refused: the whole linter, then the self-test. */
    rules *r = pack_open_checked(rules_dir, assets_dir, NULL, err, errlen);
    if (!r) return -1;
    if (mkdir(out_dir, 0755) != 0) {
        snprintf(err, errlen, "%s: %s", out_dir, errno == EEXIST ? "already exists: give a new folder" : strerror(errno));
        rules_close(r);
        return -1;
    }
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "format", FORMAT);
    cJSON_AddStringToObject(root, "pack", name);
    cJSON *areas = cJSON_AddArrayToObject(root, "areas");
    cJSON *list = rules_areas(r, err, errlen);
    const cJSON *a;
    cJSON_ArrayForEach(a, list) {
        const cJSON *id = cJSON_GetObjectItem(a, "id");
        if (cJSON_IsString(id)) {
            cJSON_AddItemToArray(areas, cJSON_CreateString(id->valuestring));
            size_t used = strlen(m->areas);
            snprintf(m->areas + used, sizeof m->areas - used, "%s%s", used ? "," : "", id->valuestring);
        }
    }
    cJSON_Delete(list);
    cJSON_AddNumberToObject(root, "version", (double)version);
    cJSON_AddStringToObject(root, "min_app_version", min_app ? min_app : RIGHTHELP_VERSION);
    char created[32];
    util_utc_now(created, sizeof created);
    cJSON_AddStringToObject(root, "created", created);
    cJSON_AddStringToObject(root, "rules_version", rules_version(r));
    cJSON_AddStringToObject(root, "hash", "blake2b-256");
    cJSON *files = cJSON_AddArrayToObject(root, "files");
    int rc = 0;
    for (int i = 0; rc == 0 && i < rules_file_count(r); i++)
        rc = take_file(rules_dir, out_dir, rules_file(r, i), files, err, errlen);
    if (rc == 0) rc = take_cases(rules_dir, out_dir, files, err, errlen);
    if (rc == 0) {
        char *text = cJSON_Print(root);
        size_t len = strlen(text);
        text = realloc(text, len + 2);
        text[len++] = '\n';
        text[len] = 0;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", out_dir, MANIFEST_FILE);
        rc = write_file(path, text, len, err, errlen);
        hash_hex(text, len, m->hash);
        free(text);
    }
    util_copy(m->pack, sizeof m->pack, name);
    m->version = version;
    util_copy(m->min_app, sizeof m->min_app, min_app ? min_app : RIGHTHELP_VERSION);
    util_copy(m->created, sizeof m->created, created);
    util_copy(m->rules_version, sizeof m->rules_version, rules_version(r));
    m->nfiles = cJSON_GetArraySize(files);
    cJSON_Delete(root);
    rules_close(r);
    return rc;
}

/* ---- verify ---- */

/* "pack=NAME version=N", exactly: what the signer meant, bound by the signature. */
static int parse_trusted(const char *tc, char *name, size_t n, long *version)
{
    if (strncmp(tc, "pack=", 5)) return -1;
    const char *sp = strchr(tc + 5, ' ');
    if (!sp || (size_t)(sp - tc - 5) >= n || sp == tc + 5) return -1;
    memcpy(name, tc + 5, (size_t)(sp - tc - 5));
    name[sp - tc - 5] = 0;
    if (strncmp(sp + 1, "version=", 8)) return -1;
    const char *v = sp + 9;
    if (*v < '1' || *v > '9') return -1;
    char *end;
    errno = 0;
    *version = strtol(v, &end, 10);
    return (*end || errno) ? -1 : 0;
}

typedef struct walk {
    char **listed;         /* sorted */
    int nlisted;
    char *err;
    size_t errlen;
} walk;

/* Every entry under dir/rel must be a folder or a listed regular file. */
static int walk_dir(walk *w, const char *root, const char *rel, int depth)
{
    char path[1024];
    snprintf(path, sizeof path, "%s%s%s", root, *rel ? "/" : "", rel);
    DIR *d = opendir(path);
    if (!d) {
        snprintf(w->err, w->errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char sub[700], full[1100];
        snprintf(sub, sizeof sub, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
        snprintf(full, sizeof full, "%s/%s", root, sub);
        struct stat st;
        if (lstat(full, &st) != 0) {
            snprintf(w->err, w->errlen, "%s: %s", full, strerror(errno));
            rc = -1;
        } else if (S_ISLNK(st.st_mode)) {
            snprintf(w->err, w->errlen, "%s: a symbolic link (not allowed in a pack)", sub);
            rc = -1;
        } else if (S_ISDIR(st.st_mode)) {
            if (depth >= MAX_DEPTH) {
                snprintf(w->err, w->errlen, "%s: folders nested too deeply", sub);
                rc = -1;
            } else rc = walk_dir(w, root, sub, depth + 1);
        } else if (!S_ISREG(st.st_mode)) {
            snprintf(w->err, w->errlen, "%s: not a regular file", sub);
            rc = -1;
        } else if (!(depth == 0 && (!strcmp(sub, MANIFEST_FILE) || !strcmp(sub, MANIFEST_SIG)))) {
            const char *key = sub;
            if (!bsearch(&key, w->listed, (size_t)w->nlisted, sizeof *w->listed, util_cmp_str)) {
                snprintf(w->err, w->errlen, "%s: a file the manifest does not list", sub);
                rc = -1;
            }
        }
    }
    closedir(d);
    return rc;
}

static const char *str_field(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItem(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The manifest's own fields, after the signature and trusted comment verified. */
static int read_fields(const cJSON *j, const char *tc_name, long tc_version, manifest *m, char *err, size_t errlen)
{
    const cJSON *v = cJSON_GetObjectItem(j, "version");
    const char *fmt = str_field(j, "format"), *pack = str_field(j, "pack"), *min_app = str_field(j, "min_app_version");
    if (!fmt || strcmp(fmt, FORMAT)) {
        snprintf(err, errlen, "the manifest is not a '%s' manifest", FORMAT);
        return -1;
    }
    if (!cJSON_IsNumber(v) || v->valuedouble != (double)(long)v->valuedouble || v->valuedouble < 1) {
        snprintf(err, errlen, "the manifest's version must be a whole number from 1 up");
        return -1;
    }
    m->version = (long)v->valuedouble;
    if (m->version != tc_version || !pack || strcmp(pack, tc_name)) {
        snprintf(err, errlen, "the trusted comment (pack=%s version=%ld) does not match the manifest (pack=%s version=%ld)",
                 tc_name, tc_version, pack ? pack : "?", m->version);
        return -1;
    }
    util_copy(m->pack, sizeof m->pack, pack);
    if (!min_app) {
        snprintf(err, errlen, "the manifest has no min_app_version");
        return -1;
    }
    util_copy(m->min_app, sizeof m->min_app, min_app);
    if (manifest_version_cmp(min_app, RIGHTHELP_VERSION) > 0) {
        snprintf(err, errlen, "the pack needs Right Help %s or later; this is %s", min_app, RIGHTHELP_VERSION);
        return -1;
    }
    util_copy(m->created, sizeof m->created, str_field(j, "created"));
    util_copy(m->rules_version, sizeof m->rules_version, str_field(j, "rules_version"));
    const cJSON *a;
    cJSON_ArrayForEach(a, cJSON_GetObjectItem(j, "areas")) {
        if (!cJSON_IsString(a)) continue;
        size_t used = strlen(m->areas);
        snprintf(m->areas + used, sizeof m->areas - used, "%s%s", used ? "," : "", a->valuestring);
    }
    return 0;
}

/* Each listed file: a safe name, listed once, and the bytes the manifest hashed. */
static int check_files(const char *dir, const cJSON *files, walk *w, char *err, size_t errlen)
{
    int n = cJSON_GetArraySize(files);
    if (!cJSON_IsArray(files) || n == 0 || n > MAX_FILES) {
        snprintf(err, errlen, "the manifest lists no files (or more than %d)", MAX_FILES);
        return -1;
    }
    w->listed = calloc((size_t)n, sizeof *w->listed);
    const cJSON *f;
    cJSON_ArrayForEach(f, files) {
        const char *p = str_field(f, "path"), *h = str_field(f, "blake2b");
        const cJSON *size = cJSON_GetObjectItem(f, "size");
        if (!p || !h || !cJSON_IsNumber(size)) {
            snprintf(err, errlen, "the manifest has a file entry without path, size and blake2b");
            return -1;
        }
        if (!safe_path(p)) {
            snprintf(err, errlen, "%s: not a path a pack may list (no '..', no absolute path, no hidden file)", p);
            return -1;
        }
        w->listed[w->nlisted++] = (char *)p;
    }
    qsort(w->listed, (size_t)w->nlisted, sizeof *w->listed, util_cmp_str);
    for (int i = 1; i < w->nlisted; i++)
        if (!strcmp(w->listed[i - 1], w->listed[i])) {
            snprintf(err, errlen, "%s: listed twice in the manifest", w->listed[i]);
            return -1;
        }
    /* No links anywhere and nothing unlisted, before any listed file is read. */
    if (walk_dir(w, dir, "", 0) != 0) return -1;
    cJSON_ArrayForEach(f, files) {
        const char *p = str_field(f, "path"), *want = str_field(f, "blake2b");
        char path[1024], e[512], got[65];
        snprintf(path, sizeof path, "%s/%s", dir, p);
        size_t len;
        char *data = util_read_regular(path, MAX_FILE_BYTES, &len, e, sizeof e);
        if (!data) {
            snprintf(err, errlen, "%s: listed in the manifest but cannot be read: %s", p, e);
            return -1;
        }
        hash_hex(data, len, got);
        free(data);
        if (strcmp(got, want) || (double)len != cJSON_GetObjectItem(f, "size")->valuedouble) {
            snprintf(err, errlen, "%s: its contents do not match the manifest (changed after signing)", p);
            return -1;
        }
    }
    return 0;
}

int manifest_verify(const char *dir, const minisign_key *keys, int nkeys, manifest *m, char *err, size_t errlen)
{
    memset(m, 0, sizeof *m);
    if (nkeys < 1) {
        snprintf(err, errlen, "no trusted key to verify the pack with");
        return -1;
    }
    char mpath[1024], spath[1024], e[512];
    snprintf(mpath, sizeof mpath, "%s/%s", dir, MANIFEST_FILE);
    snprintf(spath, sizeof spath, "%s/%s", dir, MANIFEST_SIG);
    size_t mlen;
    char *sig = util_read_regular(spath, 8192, NULL, e, sizeof e);
    if (!sig) {
        snprintf(err, errlen, "not a signed pack: %s", e);
        return -1;
    }
    char *text = util_read_regular(mpath, MAX_FILE_BYTES, &mlen, e, sizeof e);
    if (!text) {
        snprintf(err, errlen, "not a signed pack: %s", e);
        free(sig);
        return -1;
    }
    /* The signature and the trusted comment first: nothing unsigned is parsed before. */
    char tc[MINISIGN_COMMENT_MAX], name[64];
    long tc_version = 0;
    int rc = minisign_verify((const unsigned char *)text, mlen, sig, keys, nkeys, tc, sizeof tc, e, sizeof e);
    free(sig);
    if (rc != 0) snprintf(err, errlen, "%s: %s", MANIFEST_SIG, e);
    else if (parse_trusted(tc, name, sizeof name, &tc_version) != 0) {
        snprintf(err, errlen, "the trusted comment must be 'pack=NAME version=N', not '%s'", tc);
        rc = -1;
    }
    cJSON *j = NULL;
    if (rc == 0 && !(j = cJSON_ParseWithLength(text, mlen))) {
        snprintf(err, errlen, "%s: signed, but not valid JSON", MANIFEST_FILE);
        rc = -1;
    }
    if (rc == 0) rc = read_fields(j, name, tc_version, m, err, errlen);
    if (rc == 0) {
        walk w = { NULL, 0, err, errlen };
        rc = check_files(dir, cJSON_GetObjectItem(j, "files"), &w, err, errlen);
        m->nfiles = w.nlisted;
        free(w.listed);
    }
    if (rc == 0) hash_hex(text, mlen, m->hash);
    cJSON_Delete(j);
    free(text);
    return rc;
}

int manifest_trust(const char *dir, const pack_trust *t, manifest *m, char *err, size_t errlen)
{
    if (manifest_verify(dir, t->keys, t->nkeys, m, err, errlen) != 0) return -1;
    if (m->version < t->floor) {
        snprintf(err, errlen, "version %ld is older than version %ld, already installed here: packs never go back", m->version, t->floor);
        return -1;
    }
    if (m->version == t->floor && t->floor_hash[0] && strcmp(m->hash, t->floor_hash)) {
        snprintf(err, errlen, "version %ld is already installed here with other contents: a changed pack needs a higher version", m->version);
        return -1;
    }
    return 0;
}

long manifest_peek_version(const char *dir, char hash[65])
{
    char path[1024], e[256];
    snprintf(path, sizeof path, "%s/%s", dir, MANIFEST_FILE);
    size_t len;
    char *text = util_read_regular(path, MAX_FILE_BYTES, &len, e, sizeof e);
    if (!text) return -1;
    cJSON *j = cJSON_ParseWithLength(text, len);
    const cJSON *v = cJSON_GetObjectItem(j, "version");
    long version = cJSON_IsNumber(v) && v->valuedouble >= 1 ? (long)v->valuedouble : -1;
    if (hash) hash_hex(text, len, hash);
    cJSON_Delete(j);
    free(text);
    return version;
}
