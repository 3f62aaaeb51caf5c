/* pack.h: opening a rule pack the kiosk can trust.
 *
 * A pack is used only if it loads in the sandbox and passes its own cases
 * (the .json files in DIR/cases) as a self-test. A pack that passes is copied to a
 * "last good" folder; when the configured pack fails, the last good one runs
 * instead, and when there is none the caller shows the fail-safe screen. */
#ifndef PACK_H
#define PACK_H

#include <stdbool.h>
#include <stddef.h>

#include "rules.h"

/* Loads dir and runs its self-test. NULL with err when either fails. */
rules *pack_open_tested(const char *dir, char *err, size_t errlen);

/* pack_open_tested on dir; on success keeps a copy in keep_dir. On failure
 * tries keep_dir (setting *fallback) and writes why dir failed into err.
 * NULL when neither can be used. keep_dir may be NULL. */
rules *pack_open(const char *dir, const char *keep_dir, bool *fallback, char *err, size_t errlen);

/* Keeps r's pack as the last good one in keep_dir, unless that copy already
 * holds the same version. 0 on success. */
int pack_keep(rules *r, const char *keep_dir, char *err, size_t errlen);

/* Copies the pack's regular files (no links, no hidden files) from src to
 * dst, replacing dst only once the copy is complete. 0 on success. */
int pack_copy(const char *src, const char *dst, char *err, size_t errlen);

#endif
