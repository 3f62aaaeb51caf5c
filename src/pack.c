/* pack.c: the self-test of a rule pack and the last good copy. */
#include "pack.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cases.h"
#include "lint.h"
#include "util.h"

/* With keys, the signature and every file's hash, before anything is read. */
static int verified(const char *dir, const pack_trust *trust, char *err, size_t errlen)
{
    if (!trust || trust->nkeys == 0) return 0;
    manifest m;
    char e[900];
    if (manifest_trust(dir, trust, &m, e, sizeof e) == 0) return 0;
    snprintf(err, errlen, "%s: signed pack refused: %s", dir, e);
    return -1;
}

static int self_test_runs;
int pack_self_test_runs(void) { return self_test_runs; }

/* This program's build, as the file it runs from: size and modification time (a rebuild or an
 * upgrade changes them). Empty when it cannot be read, and then nothing is remembered. */
static void build_id(char *out, size_t n)
{
    struct stat st;
    out[0] = 0;
    if (stat("/proc/self/exe", &st) == 0)
        snprintf(out, n, "%lld.%lld.%ld", (long long)st.st_size, (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

/* What a passed self-test is remembered by: the pack's version (every file, cases included), its
 * manifest, and the program's build. */
static void tested_key(rules *r, char *out, size_t n)
{
    char build[96], mhash[65] = "";
    build_id(build, sizeof build);
    manifest_peek_version(rules_dir(r), mhash);
    if (!build[0]) out[0] = 0;
    else snprintf(out, n, "%s:%s:%s", rules_version(r), mhash, build);
}

/* A one-line note beside the last good copy (its version, a passed self-test): is it key? */
static bool marker_says(const char *marker, const char *key)
{
    char kept[300] = "";
    FILE *f = marker && key[0] ? fopen(marker, "r") : NULL;
    if (!f) return false;
    if (!fgets(kept, sizeof kept, f)) kept[0] = 0;
    fclose(f);
    return !strcmp(kept, key);
}

/* Writes the note whole or not at all (a new file renamed over the old). 0 on success. */
static int marker_write(const char *marker, const char *key, char *err, size_t errlen)
{
    char tmp[1100];
    snprintf(tmp, sizeof tmp, "%s.new", marker);
    FILE *f = fopen(tmp, "w");
    bool ok = f && fputs(key, f) >= 0;
    if (f && fclose(f) != 0) ok = false;
    if (ok && rename(tmp, marker) == 0) return 0;
    snprintf(err, errlen, "%s: %s", marker, strerror(errno));
    unlink(tmp);
    return -1;
}

/* Runs the pack's own cases; 0, or -1 with err. */
static int self_test(rules *r, char *err, size_t errlen)
{
    self_test_runs++;
    char cases_dir[700];
    snprintf(cases_dir, sizeof cases_dir, "%s/cases", rules_dir(r));
    cases_report rep;
    cases_run(r, cases_dir, NULL, NULL, &rep);
    int rc = 0;
    if (rep.failed || rep.run == 0) {
        const cJSON *f = cJSON_GetArrayItem(rep.failures, 0);
        snprintf(err, errlen, "%s: self-test failed (%d of %d cases): %s: %s", rules_dir(r), rep.failed, rep.run,
                 f ? cJSON_GetObjectItem(f, "file")->valuestring : cases_dir,
                 f ? cJSON_GetObjectItem(f, "message")->valuestring : "no cases");
        rc = -1;
    } else if (rules_broken(r)) { /* a limit tripped without failing a case: trust only a sound host */
        snprintf(err, errlen, "%s: the pack stopped during its self-test", rules_dir(r));
        rc = -1;
    }
    cases_free(&rep);
    return rc;
}

/* Loads dir whole and runs its own cases. */
static rules *open_and_test(const char *dir, char *err, size_t errlen)
{
    rules *r = rules_open(dir, NULL, err, errlen);
    if (r && self_test(r, err, errlen) != 0) {
        rules_close(r);
        return NULL;
    }
    return r;
}

/* What a start runs once the rest of its pack has loaded (rules_finish): the self-test, unless this very
 * pack passed it under this very program (keep_dir.tested), then the copy kept as the last good pack. */
static int vet_start(rules *r, const char *keep_dir, char *err, size_t errlen)
{
    char marker[1100], key[300], merr[300];
    snprintf(marker, sizeof marker, "%s.tested", keep_dir);
    tested_key(r, key, sizeof key);
    if (!marker_says(marker, key)) {
        if (self_test(r, err, errlen) != 0) return -1;
        if (key[0] && marker_write(marker, key, merr, sizeof merr) != 0)
            util_log("could not remember the self-test: %s", merr); /* the next start runs it again */
    }
    if (pack_keep(r, keep_dir, merr, sizeof merr) != 0) util_log("could not keep a copy of the good pack: %s", merr);
    return 0;
}

/* Verified (when keys are trusted), loaded and self-tested. */
static rules *open_verified(const char *dir, const pack_trust *trust, char *err, size_t errlen)
{
    return verified(dir, trust, err, errlen) == 0 ? open_and_test(dir, err, errlen) : NULL;
}

rules *pack_open_tested(const char *dir, const pack_trust *trust, char *err, size_t errlen)
{
    return open_verified(dir, trust, err, errlen);
}

rules *pack_open_checked(const char *dir, const char *assets_dir, const pack_trust *trust, char *err, size_t errlen)
{
    if (verified(dir, trust, err, errlen) != 0) return NULL;
    lint_report rep;
    lint_run(dir, assets_dir, &rep);
    for (int i = 0; rep.errors && i < rep.n; i++)
        if (rep.items[i].error) {
            snprintf(err, errlen, "%s: %s (%d errors in all: run 'righthelp check')", rep.items[i].where,
                     rep.items[i].message, rep.errors);
            break;
        }
    int errors = rep.errors;
    lint_free(&rep);
    return errors ? NULL : open_and_test(dir, err, errlen);
}

int pack_rmtree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0) return errno == ENOENT ? 0 : -1;
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        if (!d) return -1;
        struct dirent *e;
        while ((e = readdir(d))) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
            char sub[1024];
            snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
            pack_rmtree(sub);
        }
        closedir(d);
        return rmdir(path);
    }
    return unlink(path);
}

static int copy_tree(const char *src, const char *dst, int depth, char *err, size_t errlen)
{
    if (depth > 4) return 0;
    if (mkdir(dst, 0755) != 0 && errno != EEXIST) {
        snprintf(err, errlen, "%s: %s", dst, strerror(errno));
        return -1;
    }
    DIR *d = opendir(src);
    if (!d) {
        snprintf(err, errlen, "%s: %s", src, strerror(errno));
        return -1;
    }
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char from[1024], to[1024];
        snprintf(from, sizeof from, "%s/%s", src, e->d_name);
        snprintf(to, sizeof to, "%s/%s", dst, e->d_name);
        struct stat st;
        if (lstat(from, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) rc = copy_tree(from, to, depth + 1, err, errlen);
        else if (S_ISREG(st.st_mode)) {
            size_t len;
            char *data = util_read_file(from, &len, err, errlen);
            if (!data) { rc = -1; break; }
            FILE *f = fopen(to, "wb");
            if (!f || fwrite(data, 1, len, f) != len) {
                snprintf(err, errlen, "%s: %s", to, strerror(errno));
                rc = -1;
            }
            if (f && fclose(f) != 0) rc = -1;
            free(data);
        }
    }
    closedir(d);
    return rc;
}

int pack_copy(const char *src, const char *dst, char *err, size_t errlen)
{
    char tmp[1024], old[1024];
    snprintf(tmp, sizeof tmp, "%s.new", dst);
    snprintf(old, sizeof old, "%s.old", dst);
    pack_rmtree(tmp);
    if (copy_tree(src, tmp, 0, err, errlen) != 0) {
        pack_rmtree(tmp);
        return -1;
    }
    /* Swap in: the last good copy is never half-written. */
    pack_rmtree(old);
    if (rename(dst, old) != 0 && errno != ENOENT) {
        snprintf(err, errlen, "%s: %s", dst, strerror(errno));
        pack_rmtree(tmp);
        return -1;
    }
    if (rename(tmp, dst) != 0) {
        snprintf(err, errlen, "%s: %s", dst, strerror(errno));
        rename(old, dst);
        return -1;
    }
    pack_rmtree(old);
    return 0;
}

int pack_keep(rules *r, const char *keep_dir, char *err, size_t errlen)
{
    /* The kept copy carries its version: an unchanged pack is not copied again at every start. */
    char marker[1100];
    snprintf(marker, sizeof marker, "%s.version", keep_dir);
    /* A signed pack's key is its manifest too: a new version of the same rules is copied again. */
    char key[160], mhash[65] = "";
    manifest_peek_version(rules_dir(r), mhash);
    snprintf(key, sizeof key, "%s%s%s", rules_version(r), mhash[0] ? ":" : "", mhash);
    if (marker_says(marker, key)) return 0;
    if (pack_copy(rules_dir(r), keep_dir, err, errlen) != 0) return -1;
    return marker_write(marker, key, err, errlen);
}

/* The last good pack, when the configured one cannot be used. */
static rules *last_good(const char *keep_dir, const pack_trust *trust, bool *fallback)
{
    struct stat st;
    if (!keep_dir || stat(keep_dir, &st) != 0) return NULL;
    char kerr[1024];
    rules *r = pack_open_tested(keep_dir, trust, kerr, sizeof kerr);
    if (!r) {
        util_log("the last good pack failed too: %s", kerr);
        return NULL;
    }
    *fallback = true;
    return r;
}

rules *pack_open(const char *dir, const char *keep_dir, const pack_trust *trust, bool *fallback, char *err,
                 size_t errlen)
{
    *fallback = false;
    if (!keep_dir) return open_verified(dir, trust, err, errlen);
    rules *r = verified(dir, trust, err, errlen) == 0 ? rules_open_start(dir, NULL, err, errlen) : NULL;
    if (!r) return last_good(keep_dir, trust, fallback);
    rules_set_vet(r, vet_start, keep_dir);
    return r;
}

rules *pack_finish(rules *r, const char *keep_dir, const pack_trust *trust, bool *fallback, char *err,
                   size_t errlen)
{
    *fallback = false;
    if (rules_finish(r, err, errlen) == 0) return r;
    rules_close(r);
    return last_good(keep_dir, trust, fallback);
}
