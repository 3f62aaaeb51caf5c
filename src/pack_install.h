/* pack_install.h: installing a signed rule pack on a kiosk, and the version
 * floor that stops a pack from ever being rolled back.
 *
 * The floor is kept twice: in the database (settings pack_version and
 * pack_manifest) and in the installed image (its manifest.json). Either alone
 * may be lost or replaced (a database moved aside as corrupt, a folder copied
 * over by hand); the higher of the two holds. */
#ifndef PACK_INSTALL_H
#define PACK_INSTALL_H

#include <stddef.h>
#include <cjson/cJSON.h>

#include "manifest.h"
#include "options.h"
#include "store.h"

/* The keys o names (pack_key, pack_key_next) and the floor from st (may be NULL)
 * and the image in o->rules. 0, or -1 when a configured key does not parse. */
int pack_trust_load(const options *o, store *st, pack_trust *t, char *err, size_t errlen);

/* Records m as the floor in st when it is higher than the one there. 0 on success. */
int pack_floor_raise(store *st, const manifest *m, char *err, size_t errlen);
/* Whether st's floor is below version (pack_floor_raise would write). */
bool pack_floor_below(store *st, long version);

/* Installs the signed pack in src as o->rules: verified (signature, trusted
 * comment, every file, nothing unlisted), not below the floor, serving o's area,
 * then checked and self-tested in a staging copy, then swapped in whole, then
 * the floor raised. The running kiosk takes it at its next reload, between
 * sessions. keys overrides o's keys when nkeys > 0. On any refusal nothing in
 * o->rules changes and err holds one line. On success out gets a summary. */
int pack_install(const char *src, const options *o, const minisign_key *keys, int nkeys, cJSON *out, char *err,
                 size_t errlen);

#endif
