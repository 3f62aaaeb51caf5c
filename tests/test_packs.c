/* test_packs.c: signed rule packs, with Debian's real minisign making the keys
 * and signatures and our libsodium code verifying them: a good pack verifies;
 * a tampered, unlisted or linked file, a '..' or absolute path, a wrong key, an
 * edited trusted comment, a legacy signature and an older version are each
 * refused with one line; the rotation key works; install keeps the floor in the
 * database and the image; a kiosk with keys runs only a pack that verifies.
 * A missing minisign fails the suite (kiosk/install-deps.sh installs it). */
#include "testutil.h"

#include <libgen.h>

#include <sys/stat.h>
#include <sys/wait.h>

#include <SDL_ttf.h>
#include <sodium.h>

#include "app.h"
#include "blake2b.h"
#include "manifest.h"
#include "pack.h"
#include "pack_install.h"
#include "util.h"

static char dir[256];
static char RH[512]; /* the righthelp beside this test (build/ or build/asan/) */

static void set_binary(const char *argv0)
{
    char tmp[512];
    util_copy(tmp, sizeof tmp, argv0);
    snprintf(RH, sizeof RH, "%s/../righthelp", dirname(tmp));
}
static char built[400];        /* the pack built once from rules/, unsigned, version 2 */
static minisign_key K1, K2, K3; /* K1 current, K2 next (rotation), K3 never trusted */

static void keygen(const char *name, minisign_key *k)
{
    char err[512], pub[400];
    if (tu_sh("minisign -G -W -p '%s/%s.pub' -s '%s/%s.key' >/dev/null 2>&1", dir, name, dir, name) != 0)
        fail_msg("minisign -G failed: is Debian's minisign installed? (kiosk/install-deps.sh)");
    snprintf(pub, sizeof pub, "%s/%s.pub", dir, name);
    if (minisign_key_read(k, pub, err, sizeof err) != 0) fail_msg("%s", err);
}

static int setup(void **s)
{
    (void)s;
    tu_tmpdir(dir, sizeof dir, "packs");
    keygen("k1", &K1);
    keygen("k2", &K2);
    keygen("k3", &K3);
    snprintf(built, sizeof built, "%s/built", dir);
    manifest m;
    char err[1024];
    if (manifest_build("rules", "assets", 2, "test", NULL, built, &m, err, sizeof err) != 0) fail_msg("%s", err);
    return 0;
}

static int teardown(void **s)
{
    (void)s;
    tu_rmrf(dir);
    return 0;
}

/* Signs pack's manifest with key name and the trusted comment tc (none: minisign's default). */
static void sign(const char *pack, const char *key, const char *tc, const char *extra)
{
    char t[200] = "";
    if (tc) snprintf(t, sizeof t, "-t '%s'", tc);
    if (tu_sh("minisign -S %s -s '%s/%s.key' -m '%s/manifest.json' %s >/dev/null 2>&1", extra ? extra : "", dir, key, pack, t) != 0)
        fail_msg("minisign -S failed");
}

/* A fresh copy of the built pack as version v, signed with key (as a partnership would). */
static void fresh(const char *name, long v, const char *key, char *out, size_t n);

/* Rewrites the manifest of pack through fn, then signs it as version v with key. */
static void edit_manifest(const char *pack, void (*fn)(cJSON *, const void *), const void *arg, long v, const char *key)
{
    char path[600], err[512], tc[64];
    snprintf(path, sizeof path, "%s/manifest.json", pack);
    char *text = util_read_file(path, NULL, err, sizeof err);
    if (!text) fail_msg("%s", err);
    cJSON *j = cJSON_Parse(text);
    free(text);
    cJSON_ReplaceItemInObject(j, "version", cJSON_CreateNumber((double)v));
    if (fn) fn(j, arg);
    char *out = cJSON_Print(j);
    tu_write(path, out);
    free(out);
    cJSON_Delete(j);
    snprintf(tc, sizeof tc, "pack=test version=%ld", v);
    sign(pack, key, tc, NULL);
}

static void fresh(const char *name, long v, const char *key, char *out, size_t n)
{
    snprintf(out, n, "%s/%s", dir, name);
    tu_sh("rm -rf '%s'", out);
    assert_int_equal(tu_sh("cp -R '%s' '%s'", built, out), 0);
    edit_manifest(out, NULL, NULL, v, key);
}

/* Verifies pack with the given keys; returns 0 or -1, err filled. */
static int verify(const char *pack, const minisign_key *k1, const minisign_key *k2, char *err, size_t n)
{
    minisign_key keys[2];
    int nk = 0;
    if (k1) keys[nk++] = *k1;
    if (k2) keys[nk++] = *k2;
    manifest m;
    return manifest_verify(pack, keys, nk, &m, err, n);
}

static void expect_refused(const char *pack, const char *why)
{
    char err[1024] = "";
    assert_int_equal(verify(pack, &K1, &K2, err, sizeof err), -1);
    if (!strstr(err, why)) fail_msg("expected a refusal saying '%s', got '%s'", why, err);
    assert_null(strchr(err, '\n')); /* one line */
}

/* ---- verification ---- */

static void test_debian_minisign_signature_verifies(void **state)
{
    (void)state;
    char pack[400], err[1024];
    fresh("good", 2, "k1", pack, sizeof pack);
    manifest m;
    minisign_key keys[1] = { K1 };
    if (manifest_verify(pack, keys, 1, &m, err, sizeof err) != 0) fail_msg("%s", err);
    assert_int_equal(m.version, 2);
    assert_string_equal(m.pack, "test");
    assert_true(m.nfiles > 50);
    assert_non_null(strstr(m.areas, "kingston-richmond"));
    /* minisign itself agrees the signature is good. */
    assert_int_equal(tu_sh("minisign -V -q -p '%s/k1.pub' -m '%s/manifest.json'", dir, pack), 0);
    /* And the pack, once verified, passes its self-test under the same trust. */
    pack_trust t = { .keys = { K1 }, .nkeys = 1 };
    rules *r = pack_open_tested(pack, &t, err, sizeof err);
    if (!r) fail_msg("%s", err);
    rules_close(r);
}

static void test_tampered_file(void **state)
{
    (void)state;
    char pack[400];
    fresh("tampered", 2, "k1", pack, sizeof pack);
    assert_int_equal(tu_sh("sed -i 's/level = 3,/level = 2,/' '%s/indicators/health.lua'", pack), 0);
    expect_refused(pack, "indicators/health.lua: its contents do not match the manifest");
}

static void test_unlisted_and_hidden_files(void **state)
{
    (void)state;
    char pack[400];
    fresh("unlisted", 2, "k1", pack, sizeof pack);
    tu_sh("echo 'service { id = \"x\", area = \"sutton\", name = \"X\", source = \"x\" }' > '%s/areas/zz-extra.lua'", pack);
    expect_refused(pack, "areas/zz-extra.lua: a file the manifest does not list");
    tu_sh("rm '%s/areas/zz-extra.lua' && touch '%s/lang/.hidden'", pack, pack);
    expect_refused(pack, "lang/.hidden: a file the manifest does not list");
}

static void test_symlinks(void **state)
{
    (void)state;
    char pack[400];
    fresh("links", 2, "k1", pack, sizeof pack);
    tu_sh("ln -s /etc/passwd '%s/notes.lua'", pack);
    expect_refused(pack, "notes.lua: a symbolic link");
    /* A listed file replaced by a link to the very same bytes is refused too. */
    tu_sh("rm '%s/notes.lua' && mv '%s/engine.lua' '%s/../engine-copy.lua' && ln -s '../engine-copy.lua' '%s/engine.lua'",
          pack, pack, pack, pack);
    expect_refused(pack, "engine.lua: a symbolic link");
    /* So is a linked folder. */
    fresh("links2", 2, "k1", pack, sizeof pack);
    tu_sh("mv '%s/lang' '%s/../lang-elsewhere' && ln -s '%s/../lang-elsewhere' '%s/lang'", pack, pack, pack, pack);
    expect_refused(pack, "lang: a symbolic link");
}

static void add_path(cJSON *j, const void *arg)
{
    cJSON *f = cJSON_CreateObject();
    cJSON_AddStringToObject(f, "path", arg);
    cJSON_AddNumberToObject(f, "size", 5);
    cJSON_AddStringToObject(f, "blake2b", "00");
    cJSON_AddItemToArray(cJSON_GetObjectItem(j, "files"), f);
}

static void test_dotdot_and_absolute_paths(void **state)
{
    (void)state;
    char pack[400];
    /* Properly signed, yet naming a path outside the pack: still refused. */
    fresh("dotdot", 2, "k1", pack, sizeof pack);
    edit_manifest(pack, add_path, "../outside.lua", 2, "k1");
    expect_refused(pack, "../outside.lua: not a path a pack may list");
    fresh("dotdot2", 2, "k1", pack, sizeof pack);
    edit_manifest(pack, add_path, "areas/../../outside.lua", 2, "k1");
    expect_refused(pack, "not a path a pack may list");
    fresh("absolute", 2, "k1", pack, sizeof pack);
    edit_manifest(pack, add_path, "/etc/passwd", 2, "k1");
    expect_refused(pack, "/etc/passwd: not a path a pack may list");
}

static void test_wrong_key(void **state)
{
    (void)state;
    char pack[400];
    fresh("wrongkey", 2, "k3", pack, sizeof pack);
    expect_refused(pack, "which is not a trusted key");
}

static void test_edited_trusted_comment(void **state)
{
    (void)state;
    char pack[400];
    fresh("comment", 2, "k1", pack, sizeof pack);
    assert_int_equal(tu_sh("sed -i 's/^trusted comment: pack=test version=2$/trusted comment: pack=test version=9/' "
                           "'%s/manifest.json.minisig'", pack), 0);
    assert_int_equal(tu_sh("grep -q 'version=9' '%s/manifest.json.minisig'", pack), 0);
    expect_refused(pack, "the trusted comment was changed after signing");
}

static void test_trusted_comment_must_match(void **state)
{
    (void)state;
    char pack[400];
    fresh("mismatch", 2, "k1", pack, sizeof pack);
    sign(pack, "k1", "pack=test version=7", NULL);
    expect_refused(pack, "does not match the manifest");
    sign(pack, "k1", "pack=other version=2", NULL);
    expect_refused(pack, "does not match the manifest");
    sign(pack, "k1", NULL, NULL); /* minisign's default comment: a timestamp and the file name */
    expect_refused(pack, "the trusted comment must be 'pack=NAME version=N'");
    sign(pack, "k1", "pack=test version=2", "-l"); /* legacy, not prehashed */
    expect_refused(pack, "legacy");
}

static void test_manifest_changed_after_signing(void **state)
{
    (void)state;
    char pack[400];
    fresh("manifest", 2, "k1", pack, sizeof pack);
    assert_int_equal(tu_sh("sed -i 's/\"version\":\t2/\"version\":\t20/' '%s/manifest.json'", pack), 0);
    expect_refused(pack, "the signature does not match the file");
    fresh("nosig", 2, "k1", pack, sizeof pack);
    tu_sh("rm '%s/manifest.json.minisig'", pack);
    expect_refused(pack, "not a signed pack");
}

static void set_min_app(cJSON *j, const void *arg)
{
    cJSON_ReplaceItemInObject(j, "min_app_version", cJSON_CreateString(arg));
}

static void test_needs_a_newer_program(void **state)
{
    (void)state;
    char pack[400];
    fresh("minapp", 2, "k1", pack, sizeof pack);
    edit_manifest(pack, set_min_app, "99.0", 2, "k1");
    expect_refused(pack, "the pack needs Right Help 99.0 or later");
}

static void test_rotation_key(void **state)
{
    (void)state;
    char pack[400], err[1024];
    fresh("rotation", 2, "k2", pack, sizeof pack);
    assert_int_equal(verify(pack, &K1, &K2, err, sizeof err), 0);  /* both trusted during a rotation */
    assert_int_equal(verify(pack, &K2, NULL, err, sizeof err), 0); /* after it */
    assert_int_equal(verify(pack, &K1, NULL, err, sizeof err), -1); /* before it */
    assert_non_null(strstr(err, "not a trusted key"));
}

/* ---- install and the floor ---- */

static void kiosk_options(options *o, const char *name)
{
    options_defaults(o);
    char k[300];
    snprintf(k, sizeof k, "%s/%s", dir, name);
    tu_sh("mkdir -p '%s'", k);
    snprintf(o->rules, sizeof o->rules, "%s/rules", k);
    snprintf(o->db, sizeof o->db, "%s/kiosk.db", k);
    char pub[400];
    snprintf(pub, sizeof pub, "%s/k1.pub", dir);
    assert_int_equal(tu_sh("sed -n 2p '%s' > '%s/k1.line'", pub, dir), 0);
    char line[400], err[256];
    snprintf(line, sizeof line, "%s/k1.line", dir);
    char *b64 = util_read_file(line, NULL, err, sizeof err);
    b64[strcspn(b64, "\n")] = 0;
    util_copy(o->pack_keys[0], sizeof o->pack_keys[0], b64);
    o->npack_keys = 1;
    free(b64);
}

static int install(const char *pack, const options *o, char *err, size_t n)
{
    cJSON *out = cJSON_CreateObject();
    int rc = pack_install(pack, o, NULL, 0, out, err, n);
    cJSON_Delete(out);
    return rc;
}

static long db_floor(const options *o)
{
    char err[256], v[64];
    store *st = store_open(o->db, err, sizeof err);
    assert_non_null(st);
    long f = store_get_setting(st, "pack_version", v, sizeof v) == 0 ? atol(v) : 0;
    store_close(st);
    return f;
}

static void set_created(cJSON *j, const void *arg)
{
    cJSON_ReplaceItemInObject(j, "created", cJSON_CreateString(arg));
}

static void test_install_never_goes_back(void **state)
{
    (void)state;
    options o;
    kiosk_options(&o, "kiosk1");
    char v2[400], v3[400], v3b[400], err[1024];
    fresh("i-v2", 2, "k1", v2, sizeof v2);
    fresh("i-v3", 3, "k1", v3, sizeof v3);
    if (install(v3, &o, err, sizeof err) != 0) fail_msg("%s", err);
    assert_int_equal(manifest_peek_version(o.rules, NULL), 3);
    assert_int_equal(db_floor(&o), 3);
    /* Older: refused, and the installed pack stays. */
    assert_int_equal(install(v2, &o, err, sizeof err), -1);
    assert_non_null(strstr(err, "version 2 is older than version 3"));
    assert_int_equal(manifest_peek_version(o.rules, NULL), 3);
    /* The same version with other contents: refused; the identical pack again: fine. */
    fresh("i-v3b", 3, "k1", v3b, sizeof v3b);
    edit_manifest(v3b, set_created, "2026-12-01T00:00:00Z", 3, "k1");
    assert_int_equal(install(v3b, &o, err, sizeof err), -1);
    assert_non_null(strstr(err, "already installed here with other contents"));
    if (install(v3, &o, err, sizeof err) != 0) fail_msg("%s", err);
    /* The database lost (moved aside as corrupt, say): the image still holds the floor. */
    tu_sh("rm -f '%s' '%s-wal' '%s-shm'", o.db, o.db, o.db);
    assert_int_equal(install(v2, &o, err, sizeof err), -1);
    assert_non_null(strstr(err, "older than version 3"));
    /* The image replaced by hand with an unsigned folder: the database holds it. */
    if (install(v3, &o, err, sizeof err) != 0) fail_msg("%s", err);
    tu_sh("rm -rf '%s' && cp -R rules '%s'", o.rules, o.rules);
    assert_int_equal(install(v2, &o, err, sizeof err), -1);
    assert_non_null(strstr(err, "older than version 3"));
}

static void break_case(cJSON *j, const void *arg)
{
    /* The edited case file's new hash, so that only the self-test can catch it. */
    const cJSON *f;
    cJSON_ArrayForEach(f, cJSON_GetObjectItem(j, "files"))
        if (!strcmp(cJSON_GetObjectItem(f, "path")->valuestring, "cases/sutton-1.json")) {
            const char *const *hs = arg;
            cJSON_ReplaceItemInObject((cJSON *)f, "blake2b", cJSON_CreateString(hs[0]));
            cJSON_ReplaceItemInObject((cJSON *)f, "size", cJSON_CreateNumber(atof(hs[1])));
        }
}

/* A pack signed with k1 as version v whose signature is good but one of its own cases expects the wrong
 * level: only the self-test can catch it. */
static void failing_signed(const char *name, long v, char *out, size_t n)
{
    char path[600], err[512];
    fresh(name, v, "k1", out, n);
    snprintf(path, sizeof path, "%s/cases/sutton-1.json", out);
    assert_int_equal(tu_sh("sed -i 's/\"continuum_level\": *\\([0-9]\\)/\"continuum_level\": 9/' '%s'", path), 0);
    size_t len;
    char *data = util_read_file(path, &len, err, sizeof err);
    if (!data) fail_msg("%s", err);
    unsigned char h[32];
    char hex[65], size[32];
    crypto_generichash(h, sizeof h, (unsigned char *)data, len, NULL, 0);
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    snprintf(size, sizeof size, "%zu", len);
    free(data);
    const char *hs[2] = { hex, size };
    edit_manifest(out, break_case, hs, v, "k1");
}

static void test_install_refuses_a_failing_pack(void **state)
{
    (void)state;
    options o;
    kiosk_options(&o, "kiosk2");
    char v3[400], v4[400], err[1024];
    fresh("f-v3", 3, "k1", v3, sizeof v3);
    if (install(v3, &o, err, sizeof err) != 0) fail_msg("%s", err);
    /* Version 4, properly signed, but one of its own cases now expects the wrong level. */
    failing_signed("f-v4", 4, v4, sizeof v4);
    char e2[1024];
    assert_int_equal(verify(v4, &K1, NULL, e2, sizeof e2), 0); /* the signature is fine */
    assert_int_equal(install(v4, &o, err, sizeof err), -1);
    assert_non_null(strstr(err, "self-test failed"));
    assert_int_equal(manifest_peek_version(o.rules, NULL), 3);
    assert_int_equal(db_floor(&o), 3);
    /* A pack for other areas than this kiosk's. */
    util_copy(o.area, sizeof o.area, "nowhere");
    fresh("f-v5", 5, "k1", v4, sizeof v4);
    assert_int_equal(install(v4, &o, err, sizeof err), -1);
    assert_non_null(strstr(err, "does not serve this kiosk's area 'nowhere'"));
    assert_int_equal(manifest_peek_version(o.rules, NULL), 3);
}

/* ---- the kiosk ---- */

static void test_kiosk_runs_only_signed_packs(void **state)
{
    (void)state;
    char err[512];
    text *tx = text_open("assets", err, sizeof err);
    if (!tx) fail_msg("%s", err);
    static app a;
    options o;
    kiosk_options(&o, "kiosk3");
    /* Keys configured and an unsigned pack, no last good one: the fail-safe screen. */
    tu_sh("cp -R rules '%s'", o.rules);
    app_init(&a, &o, tx, 1e7);
    app_tick(&a, 1e7); /* as the kiosk: the first tick finishes the start */
    assert_int_equal(a.screen, SCREEN_FAILSAFE);
    assert_non_null(strstr(a.failsafe_reason, "not a signed pack"));
    app_free(&a);
    /* The same pack with no keys (a developer's laptop): it runs. */
    options dev = o;
    dev.pack_keys[0][0] = 0;
    dev.npack_keys = 0;
    app_init(&a, &dev, tx, 1e7);
    app_tick(&a, 1e7);
    assert_int_equal(a.screen, SCREEN_START);
    app_free(&a);
    tu_sh("rm -rf '%s.last-good-rules' '%s.last-good-rules.version'", o.db, o.db);
    /* A signed pack copied in by hand: it runs, and raises the floor in the database. */
    char v3[400], v2[400];
    fresh("k-v3", 3, "k1", v3, sizeof v3);
    tu_sh("rm -rf '%s' && cp -R '%s' '%s'", o.rules, v3, o.rules);
    app_init(&a, &o, tx, 1e7);
    app_tick(&a, 1e7); /* as the kiosk: the first tick finishes the start */
    assert_int_equal(a.screen, SCREEN_START);
    assert_int_equal(a.rules_error[0], 0);
    /* The staff screen says which signed version runs. */
    a.screen = SCREEN_STAFF;
    a.dirty = true;
    app_layout(&a);
    assert_true(ui_shows(&a.ui, "signed pack version 3"));
    app_free(&a);
    assert_int_equal(db_floor(&o), 3);
    /* An older signed pack copied over it: refused; the kept version 3 runs. */
    fresh("k-v2", 2, "k1", v2, sizeof v2);
    tu_sh("rm -rf '%s' && cp -R '%s' '%s'", o.rules, v2, o.rules);
    app_init(&a, &o, tx, 1e7);
    app_tick(&a, 1e7); /* as the kiosk: the first tick finishes the start */
    assert_int_equal(a.screen, SCREEN_START);
    assert_non_null(strstr(a.rules_error, "older than version 3"));
    assert_non_null(strstr(rules_dir(a.r), "last-good-rules"));
    /* A reload of the same older pack between sessions is refused too; the running pack stays. */
    app_request_reload(&a);
    assert_non_null(strstr(a.rules_error, "older than version 3"));
    assert_non_null(a.r);
    app_free(&a);
    /* A newer signed pack put in the image that fails its own cases: the image's version is the floor, so
     * the older last good pack cannot run either: the fail-safe screen. The database's floor stays at 3
     * (it is raised only for a pack that passed), so version 3 put back in the image runs again. */
    char v4[400];
    failing_signed("k-v4", 4, v4, sizeof v4);
    tu_sh("rm -rf '%s' && cp -R '%s' '%s'", o.rules, v4, o.rules);
    app_init(&a, &o, tx, 1e7);
    app_tick(&a, 1e7);
    assert_int_equal(a.screen, SCREEN_FAILSAFE);
    assert_non_null(strstr(a.failsafe_reason, "self-test failed"));
    app_free(&a);
    assert_int_equal(db_floor(&o), 3);
    tu_sh("rm -rf '%s' && cp -R '%s' '%s'", o.rules, v3, o.rules);
    app_init(&a, &o, tx, 1e7);
    app_tick(&a, 1e7);
    assert_int_equal(a.screen, SCREEN_START);
    assert_null(strstr(rules_dir(a.r), "last-good-rules"));
    app_free(&a);
    text_close(tx);
    TTF_Quit();
}

/* ---- the command line ---- */

static void test_command_line(void **state)
{
    (void)state;
    char pack[400];
    fresh("cli", 2, "k1", pack, sizeof pack);
    assert_int_equal(tu_sh("%s pack verify '%s' --pubkey '%s/k1.pub' > '%s/cli.json'", RH, pack, dir, dir), 0);
    assert_int_equal(tu_sh("grep -q '\"verified\":\ttrue' '%s/cli.json'", dir), 0);
    assert_int_equal(WEXITSTATUS(tu_sh("%s pack verify '%s' --pubkey '%s/k3.pub' 2>'%s/cli.err'", RH, pack, dir, dir)), 1);
    assert_int_equal(tu_sh("test $(wc -l < '%s/cli.err') = 1 && grep -q 'not a trusted key' '%s/cli.err'", dir, dir), 0);
    assert_int_equal(WEXITSTATUS(tu_sh("%s pack verify '%s' --config /dev/null 2>/dev/null", RH, pack)), 2);
    assert_int_equal(WEXITSTATUS(tu_sh("%s pack build --rules rules --version 0 --out '%s/x' 2>/dev/null", RH, dir)), 2);
    assert_int_equal(WEXITSTATUS(tu_sh("%s pack build --rules rules --version 3 --out '%s' 2>/dev/null", RH, pack)), 1);
    /* Install through a config file that names the key, as a kiosk has. */
    char conf[400];
    snprintf(conf, sizeof conf, "%s/kiosk.conf", dir);
    assert_int_equal(tu_sh("printf '[kiosk]\\narea = sutton\\nrules = %s/cli-kiosk/rules\\ndb = %s/cli-kiosk/k.db\\npack_key = %%s\\n' "
                           "\"$(sed -n 2p '%s/k1.pub')\" > '%s' && mkdir -p '%s/cli-kiosk'", dir, dir, dir, conf, dir), 0);
    assert_int_equal(tu_sh("%s pack install '%s' --config '%s' > '%s/inst.json'", RH, pack, conf, dir), 0);
    assert_int_equal(tu_sh("grep -q '\"installed\":\ttrue' '%s/inst.json'", dir), 0);
    assert_int_equal(tu_sh("%s pack verify '%s/cli-kiosk/rules' --config '%s' >/dev/null", RH, dir, conf), 0);
    /* verify --db: that kiosk's floor too (it now has version 2; an older pack would be refused). */
    char old[400];
    fresh("cli-v1", 1, "k1", old, sizeof old);
    assert_int_equal(tu_sh("%s pack verify '%s' --config '%s' >/dev/null", RH, old, conf), 0);
    assert_int_equal(WEXITSTATUS(tu_sh("%s pack verify '%s' --config '%s' --db '%s/cli-kiosk/k.db' 2>'%s/cli.err'", RH,
                                       old, conf, dir, dir)), 1);
    assert_int_equal(tu_sh("grep -q 'version 1 is older than version 2' '%s/cli.err'", dir), 0);
}

/* Asserts that two answers are the same JSON (printed, so that a failure shows both), and frees them. */
static void same_then_free(cJSON *a, cJSON *b)
{
    char *ja = cJSON_PrintUnformatted(a), *jb = cJSON_PrintUnformatted(b);
    assert_string_equal(ja, jb);
    free(ja);
    free(jb);
    cJSON_Delete(a);
    cJSON_Delete(b);
}

/* A kiosk's start as app.c runs it: the start screen's part (pack_open), then the rest (pack_finish). */
static rules *start_pack(const char *pack, const char *keep, bool *fallback, char *err, size_t errlen)
{
    rules *r = pack_open(pack, keep, NULL, fallback, err, errlen);
    return r ? pack_finish(r, keep, NULL, fallback, err, errlen) : NULL;
}

/* A start remembers a passed self-test by (pack version, manifest, program build): an unchanged pack
 * skips it at the next start; a changed file, a damaged note, a reload ('check' and install use
 * pack_open_checked) and the last good pack itself always run it. */
static void test_self_test_remembered_per_pack_and_build(void **state)
{
    (void)state;
    char sub[400], pack[500], keep[500], marker[600], err[1024];
    bool fallback;
    snprintf(sub, sizeof sub, "%s/remember", dir);
    mkdir(sub, 0700);
    tu_copy_pack(sub, pack, sizeof pack);
    snprintf(keep, sizeof keep, "%s/kiosk.db.last-good-rules", sub);
    snprintf(marker, sizeof marker, "%s.tested", keep);

    int n = pack_self_test_runs();
    rules *r = start_pack(pack, keep, &fallback, err, sizeof err);
    assert_non_null(r);
    rules_close(r);
    assert_int_equal(pack_self_test_runs(), n + 1);
    struct stat st;
    assert_int_equal(stat(marker, &st), 0);

    r = start_pack(pack, keep, &fallback, err, sizeof err); /* the same pack, the same program */
    assert_non_null(r);
    rules_close(r);
    assert_int_equal(pack_self_test_runs(), n + 1);

    char file[600];
    snprintf(file, sizeof file, "%s/continuum.lua", pack);
    assert_int_equal(tu_sh("echo '-- a new line' >> '%s'", file), 0); /* a new pack version */
    r = start_pack(pack, keep, &fallback, err, sizeof err);
    assert_non_null(r);
    rules_close(r);
    assert_int_equal(pack_self_test_runs(), n + 2);

    tu_write(marker, "not what was tested");
    r = start_pack(pack, keep, &fallback, err, sizeof err);
    assert_non_null(r);
    rules_close(r);
    assert_int_equal(pack_self_test_runs(), n + 3);

    r = pack_open_checked(pack, "assets", NULL, err, sizeof err); /* a reload always runs it */
    assert_non_null(r);
    rules_close(r);
    assert_int_equal(pack_self_test_runs(), n + 4);

    /* A case that fails changes the version too: the pack is refused and the last good one runs. */
    snprintf(file, sizeof file, "%s/cases/kingston-richmond-1.json", pack);
    assert_int_equal(tu_sh("sed -i 's/\"continuum_level\": 1/\"continuum_level\": 3/' '%s'", file), 0);
    r = start_pack(pack, keep, &fallback, err, sizeof err);
    assert_non_null(r);
    assert_true(fallback);
    assert_non_null(strstr(err, "self-test failed"));
    rules_close(r);
}

/* A start with a pack that passed its self-test runs only what the start screen asks (the languages,
 * English strings); any other question loads the rest first, and the pack then answers as one loaded
 * at once. A file that fails in the rest breaks the pack: it never answers half loaded. */
static void test_start_loads_the_rest_after_the_start_screen(void **state)
{
    (void)state;
    char sub[400], pack[500], keep[500], err[1024];
    bool fallback;
    snprintf(sub, sizeof sub, "%s/staged", dir);
    mkdir(sub, 0700);
    tu_copy_pack(sub, pack, sizeof pack);
    snprintf(keep, sizeof keep, "%s/kiosk.db.last-good-rules", sub);
    rules *r = start_pack(pack, keep, &fallback, err, sizeof err); /* the self-test, all loaded */
    assert_non_null(r);
    assert_false(rules_pending(r));
    rules_close(r);

    r = pack_open(pack, keep, NULL, &fallback, err, sizeof err); /* remembered: the start files only */
    assert_non_null(r);
    assert_true(rules_pending(r));
    cJSON *langs = rules_languages(r, err, sizeof err);
    assert_non_null(langs);
    assert_true(cJSON_GetArraySize(langs) >= 4);
    cJSON_Delete(langs);
    char buf[512];
    assert_non_null(rules_string(r, "en", "ui.start.family", buf, sizeof buf));
    assert_string_equal(buf, "I'm a parent or carer");
    assert_true(rules_pending(r));
    assert_non_null(rules_string(r, "es", "ui.start.family", buf, sizeof buf)); /* Spanish loads the rest */
    assert_false(rules_pending(r));
    assert_string_not_equal(buf, "I'm a parent or carer");
    rules_close(r);

    /* A decision from a staged pack is the decision of a pack loaded at once. */
    const char *answers = "{\"p_age\": \"5-11\", \"p_rf_danger\": \"no\", \"p_lives\": \"here\", \"p_rf_any\": \"no\", "
                          "\"p_health\": \"no\", \"p_learning\": \"yes\", \"p_edu_attendance\": \"yes\", "
                          "\"p_edu_exclusion\": \"no\", \"p_edu_send\": \"yes\", \"p_parents\": \"yes\", "
                          "\"p_par_mh\": \"yes\", \"p_par_affects\": \"some\"}";
    cJSON *ans = cJSON_Parse(answers);
    rules *whole = rules_open(pack, NULL, err, sizeof err), *staged = rules_open_start(pack, NULL, err, sizeof err);
    assert_non_null(whole);
    assert_non_null(staged);
    assert_string_equal(rules_version(staged), ""); /* the rest is not read yet */
    cJSON *d1 = rules_decide(whole, "sutton", "practitioner", ans, "en", err, sizeof err);
    cJSON *d2 = rules_decide(staged, "sutton", "practitioner", ans, "en", err, sizeof err);
    assert_non_null(d1);
    assert_non_null(d2);
    assert_false(rules_pending(staged));
    assert_string_equal(rules_version(whole), rules_version(staged));
    same_then_free(d1, d2);
    rules_close(whole);
    rules_close(staged);

    /* A file of the rest that fails: the start screen still has its words, then the pack is broken. */
    char file[600];
    snprintf(file, sizeof file, "%s/continuum.lua", pack);
    assert_int_equal(tu_sh("echo 'error(\"a fault in the rest of the pack\")' >> '%s'", file), 0);
    staged = rules_open_start(pack, NULL, err, sizeof err);
    assert_non_null(staged);
    assert_non_null(rules_string(staged, "en", "ui.start.family", buf, sizeof buf));
    assert_int_equal(rules_finish(staged, err, sizeof err), -1);
    assert_non_null(strstr(err, "a fault in the rest of the pack"));
    assert_true(rules_broken(staged));
    assert_null(rules_decide(staged, "sutton", "practitioner", ans, "en", err, sizeof err));
    rules_close(staged);
    assert_null(rules_open(pack, NULL, err, sizeof err)); /* loaded at once, it fails at once */
    /* A fault in a start file fails the start itself. */
    snprintf(file, sizeof file, "%s/lang/en.lua", pack);
    assert_int_equal(tu_sh("cp rules/continuum.lua '%s/continuum.lua' && "
                           "echo 'error(\"a fault in a start file\")' >> '%s'", pack, file), 0);
    assert_null(rules_open_start(pack, NULL, err, sizeof err));
    assert_non_null(strstr(err, "a fault in a start file"));
    cJSON_Delete(ans);
}

/* A kiosk's start defers what it may never need: the other languages' catalogues until one is asked
 * for, the training cases until training starts. Each then loads as the file the version was made from
 * and answers as a pack loaded whole; one changed on disk since is refused, and the pack goes on. */
static void test_start_defers_catalogues_and_training(void **state)
{
    (void)state;
    char sub[400], pack[500], err[1024], a[512], b[512];
    snprintf(sub, sizeof sub, "%s/deferred", dir);
    mkdir(sub, 0700);
    tu_copy_pack(sub, pack, sizeof pack);
    rules *whole = rules_open(pack, NULL, err, sizeof err), *staged = rules_open_start(pack, NULL, err, sizeof err);
    assert_non_null(whole);
    assert_non_null(staged);
    assert_int_equal(rules_finish(staged, err, sizeof err), 0);
    assert_string_equal(rules_version(whole), rules_version(staged));
    size_t lean = rules_memory(staged);
    assert_true(lean + 256 * 1024 < rules_memory(whole)); /* three catalogues, the training cases, the excerpts' words */

    assert_non_null(rules_string(whole, "es", "ui.start.family", a, sizeof a));
    assert_non_null(rules_string(staged, "es", "ui.start.family", b, sizeof b));
    assert_string_equal(a, b);
    assert_string_not_equal(b, "I'm a parent or carer");
    assert_true(rules_memory(staged) > lean);
    cJSON *ans = cJSON_Parse("{\"f_age\": \"5-11\", \"f_rf_danger\": \"no\", \"f_lives\": \"here\", \"f_school\": \"yes\", \"f_school_missing\": \"yes\"}");
    cJSON *d1 = rules_decide(whole, "kingston-richmond", "family", ans, "ar", err, sizeof err);
    cJSON *d2 = rules_decide(staged, "kingston-richmond", "family", ans, "ar", err, sizeof err);
    assert_non_null(d1);
    assert_non_null(d2);
    assert_true(cJSON_GetArraySize(cJSON_GetObjectItem(d2, "reasons")) > 0); /* the answers were read */
    same_then_free(d1, d2);
    cJSON_Delete(ans);
    cJSON *t1 = rules_call(whole, "rh_training_list", NULL, err, sizeof err);
    cJSON *t2 = rules_call(staged, "rh_training_list", NULL, err, sizeof err);
    assert_non_null(t1);
    assert_non_null(t2);
    assert_true(cJSON_GetArraySize(t1) > 10);
    same_then_free(t1, t2);

    /* French edited on disk after the start: refused, with why; English and Spanish go on. */
    assert_int_equal(tu_sh("echo '-- an edit' >> '%s/lang/fr.lua'", pack), 0);
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateString("fr"));
    cJSON_AddItemToArray(args, cJSON_CreateString("ui.start.family"));
    assert_null(rules_call(staged, "rh_string", args, err, sizeof err));
    assert_non_null(strstr(err, "lang/fr.lua has changed since the pack was loaded"));
    assert_false(rules_broken(staged));
    assert_non_null(rules_string(staged, "es", "ui.start.family", b, sizeof b));
    assert_string_equal(a, b);
    assert_non_null(rules_string(staged, "fr", "ui.start.family", b, sizeof b)); /* English, as for any missing string */
    assert_string_equal(b, "I'm a parent or carer");
    cJSON_Delete(args);
    rules_close(whole);
    rules_close(staged);
}

/* The pack's version and file hashes are made in-tree (blake2b.c) where they were libsodium's: the digests
 * must be the same, or every signed manifest and remembered self-test would stop matching. RFC 7693's own
 * example first, then libsodium over every length around the 128-byte block, fed at once and in pieces. */
static void test_blake2b_matches_libsodium(void **state)
{
    (void)state;
    assert_int_equal(sodium_init() < 0, 0);
    unsigned char out[64], want[64];
    char hex[129];
    assert_int_equal(blake2b(out, 64, "abc", 3), 0);
    blake2b_hex(hex, out, 64);
    assert_string_equal(hex, "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                             "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
    static unsigned char msg[1100];
    for (size_t i = 0; i < sizeof msg; i++) msg[i] = (unsigned char)(i * 7 + (i >> 8));
    static const size_t outs[] = { 32, 64, 1, 20 };
    for (size_t len = 0; len <= sizeof msg; len += len < 300 ? 1 : 97) {
        for (int o = 0; o < 4; o++) {
            crypto_generichash(want, outs[o], msg, len, NULL, 0);
            assert_int_equal(blake2b(out, outs[o], msg, len), 0);
            assert_memory_equal(out, want, outs[o]);
        }
        blake2b_state s;
        assert_int_equal(blake2b_init(&s, 32), 0);
        for (size_t at = 0, step = 1; at < len; at += step, step = step * 3 % 131 + 1)
            blake2b_update(&s, msg + at, at + step > len ? len - at : step);
        blake2b_final(&s, out);
        crypto_generichash(want, 32, msg, len, NULL, 0);
        assert_memory_equal(out, want, 32);
    }
    blake2b_state s;
    assert_int_equal(blake2b_init(&s, 0), -1);
    assert_int_equal(blake2b_init(&s, 65), -1);
}

int main(int argc, char **argv)
{
    (void)argc;
    set_binary(argv[0]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_blake2b_matches_libsodium),
        cmocka_unit_test(test_debian_minisign_signature_verifies),
        cmocka_unit_test(test_tampered_file),
        cmocka_unit_test(test_unlisted_and_hidden_files),
        cmocka_unit_test(test_symlinks),
        cmocka_unit_test(test_dotdot_and_absolute_paths),
        cmocka_unit_test(test_wrong_key),
        cmocka_unit_test(test_edited_trusted_comment),
        cmocka_unit_test(test_trusted_comment_must_match),
        cmocka_unit_test(test_manifest_changed_after_signing),
        cmocka_unit_test(test_needs_a_newer_program),
        cmocka_unit_test(test_rotation_key),
        cmocka_unit_test(test_install_never_goes_back),
        cmocka_unit_test(test_install_refuses_a_failing_pack),
        cmocka_unit_test(test_kiosk_runs_only_signed_packs),
        cmocka_unit_test(test_command_line),
        cmocka_unit_test(test_self_test_remembered_per_pack_and_build),
        cmocka_unit_test(test_start_loads_the_rest_after_the_start_screen),
        cmocka_unit_test(test_start_defers_catalogues_and_training),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
