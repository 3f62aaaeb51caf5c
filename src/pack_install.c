/* pack_install.c: a signed rule pack onto a kiosk, never below the floor. */
#include "pack_install.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pack.h"
#include "util.h"

#define SETTING_VERSION "pack_version"
#define SETTING_MANIFEST "pack_manifest"

int pack_trust_load(const options *o, store *st, pack_trust *t, char *err, size_t errlen)
{
    memset(t, 0, sizeof *t);
    for (int i = 0; i < 2; i++) {
        if (!o->pack_keys[i][0]) continue;
        char e[256];
        if (minisign_key_parse(&t->keys[t->nkeys], o->pack_keys[i], e, sizeof e) != 0) {
            snprintf(err, errlen, "%s: %s", i ? "pack_key_next" : "pack_key", e);
            return -1;
        }
        t->nkeys++;
    }
    char v[80];
    if (st && store_get_setting(st, SETTING_VERSION, v, sizeof v) == 0) {
        t->floor = atol(v);
        if (store_get_setting(st, SETTING_MANIFEST, v, sizeof v) == 0) util_copy(t->floor_hash, sizeof t->floor_hash, v);
    }
    char hash[65];
    long image = manifest_peek_version(o->rules, hash);
    if (image > t->floor) {
        t->floor = image;
        util_copy(t->floor_hash, sizeof t->floor_hash, hash);
    }
    return 0;
}

static long floor_of(store *st)
{
    char v[80];
    return store_get_setting(st, SETTING_VERSION, v, sizeof v) == 0 ? atol(v) : 0;
}

bool pack_floor_below(store *st, long version) { return floor_of(st) < version; }

int pack_floor_raise(store *st, const manifest *m, char *err, size_t errlen)
{
    char v[80];
    long floor = floor_of(st);
    if (m->version <= floor) return 0;
    char what[200];
    snprintf(what, sizeof what, "signed rule pack %s version %ld in place (floor was %ld)", m->pack, m->version, floor);
    snprintf(v, sizeof v, "%ld", m->version);
    /* The hash first: a floor is never recorded without the manifest that set it. */
    if (store_set_setting(st, SETTING_MANIFEST, m->hash, "rule pack manifest recorded", err, errlen) != 0) return -1;
    return store_set_setting(st, SETTING_VERSION, v, what, err, errlen);
}

/* Does the comma-separated list hold id? */
static bool serves(const char *areas, const char *id)
{
    size_t n = strlen(id);
    for (const char *p = areas; *p;) {
        const char *c = strchr(p, ',');
        size_t len = c ? (size_t)(c - p) : strlen(p);
        if (len == n && !strncmp(p, id, n)) return true;
        p += len + (c ? 1 : 0);
    }
    return false;
}

/* Check and self-test, as a reload does: the first error only. */
static int check_pack(const char *dir, const options *o, const pack_trust *t, char *err, size_t errlen)
{
    rules *r = pack_open_checked(dir, o->assets, t, err, errlen);
    if (!r) return -1;
    rules_close(r);
    return 0;
}

/* Run as root on a kiosk whose database does not exist yet: the new file goes to
 * the owner of its folder (the kiosk's user), or the kiosk could not write to it.
 * (SQLite itself gives a root-made WAL the database file's owner.) */
static void give_to_folder_owner(const char *db)
{
    if (geteuid() != 0) return;
    char folder[600];
    util_copy(folder, sizeof folder, db);
    char *slash = strrchr(folder, '/');
    if (slash) *slash = 0;
    else util_copy(folder, sizeof folder, ".");
    struct stat st;
    if (stat(folder, &st) != 0 || st.st_uid == 0) return;
    static const char *sides[] = { "", "-wal", "-shm" };
    for (int i = 0; i < 3; i++) {
        char path[700];
        snprintf(path, sizeof path, "%s%s", db, sides[i]);
        if (chown(path, st.st_uid, st.st_gid) != 0 && i == 0) util_log("%s: could not give it to the kiosk's user", path);
    }
}

int pack_install(const char *src, const options *o, const minisign_key *keys, int nkeys, cJSON *out, char *err,
                 size_t errlen)
{
    char e[1024];
    struct stat dbst;
    bool new_db = stat(o->db, &dbst) != 0;
    options_prepare_db(o);
    store *st = store_open(o->db, e, sizeof e);
    if (!st) {
        snprintf(err, errlen, "cannot open the database %s to keep the version floor: %s", o->db, e);
        return -1;
    }
    int rc = -1;
    pack_trust t;
    char staging[600];
    snprintf(staging, sizeof staging, "%s.incoming", o->rules);
    manifest m;
    if (pack_trust_load(o, st, &t, err, errlen) != 0) goto done;
    if (nkeys > 0) {
        t.nkeys = nkeys < MANIFEST_MAX_KEYS ? nkeys : MANIFEST_MAX_KEYS;
        memcpy(t.keys, keys, (size_t)t.nkeys * sizeof *keys);
    }
    if (t.nkeys == 0) {
        snprintf(err, errlen, "no trusted key: set pack_key in righthelp.conf, or pass --pubkey FILE");
        goto done;
    }
    long previous = t.floor;
    if (manifest_trust(src, &t, &m, e, sizeof e) != 0) {
        snprintf(err, errlen, "%s", e);
        goto done;
    }
    char area[64];
    if (store_get_setting(st, "area", area, sizeof area) != 0) util_copy(area, sizeof area, o->area);
    if (!serves(m.areas, area)) {
        snprintf(err, errlen, "the pack does not serve this kiosk's area '%s' (it serves %s)", area, m.areas);
        goto done;
    }
    /* What is checked is what is swapped in: a staging copy, verified again. */
    pack_rmtree(staging);
    if (pack_copy(src, staging, e, sizeof e) != 0) {
        snprintf(err, errlen, "cannot stage the pack: %s", e);
        goto done;
    }
    manifest again;
    if (manifest_trust(staging, &t, &again, e, sizeof e) != 0 || strcmp(again.hash, m.hash)) {
        snprintf(err, errlen, "the pack changed while it was being installed: %s", e);
        goto done;
    }
    if (check_pack(staging, o, &t, err, errlen) != 0) goto done;
    if (pack_copy(staging, o->rules, e, sizeof e) != 0) {
        snprintf(err, errlen, "cannot put the pack in place: %s", e);
        goto done;
    }
    if (pack_floor_raise(st, &m, e, sizeof e) != 0) {
        /* The image carries the floor too, so the pack still cannot go back. */
        util_log("pack installed, but the database did not record the floor: %s", e);
    }
    cJSON_AddBoolToObject(out, "installed", 1);
    cJSON_AddStringToObject(out, "pack", m.pack);
    cJSON_AddNumberToObject(out, "version", (double)m.version);
    cJSON_AddNumberToObject(out, "previous_version", (double)previous);
    cJSON_AddStringToObject(out, "rules", o->rules);
    cJSON_AddStringToObject(out, "rules_version", m.rules_version);
    cJSON_AddNumberToObject(out, "files", m.nfiles);
    cJSON_AddStringToObject(out, "next", "the kiosk swaps it in between sessions at its next reload: systemctl reload righthelp-kiosk");
    rc = 0;
done:
    pack_rmtree(staging);
    store_close(st);
    if (new_db) give_to_folder_owner(o->db);
    return rc;
}
