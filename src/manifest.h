/* manifest.h: signed rule packs. A pack folder holds the rule files, a
 * manifest.json that lists each with its BLAKE2b hash, the pack's name, areas,
 * version (an integer that only goes up), the lowest program version it needs and
 * its creation date, and manifest.json.minisig, the partnership's minisign
 * signature over the manifest with the trusted comment "pack=NAME version=N".
 *
 * Verifying reads the signature and the trusted comment before anything else,
 * then the manifest, then every file: each listed file's hash must match, and
 * nothing else may be there (no unlisted file, no link, no "..", no absolute path).
 * Nothing here loads Lua: a verified pack still goes through check and its
 * self-test (pack.h) before it runs. */
#ifndef MANIFEST_H
#define MANIFEST_H

#include <stdbool.h>
#include <stddef.h>
#include <cjson/cJSON.h>

#include "minisign.h"

#define MANIFEST_FILE "manifest.json"
#define MANIFEST_SIG "manifest.json.minisig"
#define MANIFEST_MAX_KEYS 2

typedef struct manifest {
    char pack[64];
    long version;
    char min_app[32];
    char created[32];
    char rules_version[80];
    char areas[512];       /* the areas the pack serves, comma-separated */
    char hash[65];         /* BLAKE2b-256 of manifest.json: equal only for the same pack */
    int nfiles;
} manifest;

/* What a kiosk trusts: up to two keys (rotation) and the lowest version it may
 * run. No keys means a development kiosk: unsigned packs run as before. */
typedef struct pack_trust {
    minisign_key keys[MANIFEST_MAX_KEYS];
    int nkeys;
    long floor;
    char floor_hash[65];   /* the manifest hash of the pack that set the floor, if known */
} pack_trust;

/* Writes the pack in rules_dir into out_dir (which must not exist) with its
 * manifest, after the whole linter and the self-test pass. name may be NULL
 * ("righthelp"), min_app NULL (this program's version). */
int manifest_build(const char *rules_dir, const char *assets_dir, long version, const char *name,
                   const char *min_app, const char *out_dir, manifest *m, char *err, size_t errlen);

/* Verifies the signed pack in dir against keys (see above). 0 and m filled, or
 * -1 with one line in err saying why. */
int manifest_verify(const char *dir, const minisign_key *keys, int nkeys, manifest *m, char *err, size_t errlen);

/* manifest_verify with t's keys, then the version floor: lower is refused, equal
 * only when the manifest is the one that set the floor (when that is known). */
int manifest_trust(const char *dir, const pack_trust *t, manifest *m, char *err, size_t errlen);

/* The version and hash of dir's manifest, read without checking the signature
 * (the floor an installed image carries). -1 when there is none. */
long manifest_peek_version(const char *dir, char hash[65]);

/* -1, 0, 1 as dotted version a is below, equal to, above b ("1.2.0"). */
int manifest_version_cmp(const char *a, const char *b);

#endif
