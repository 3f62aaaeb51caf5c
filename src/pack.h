/* pack.h: opening a rule pack the kiosk can trust.
 *
 * A pack is used only if it loads in the sandbox and passes its own cases
 * (the .json files in DIR/cases) as a self-test. A pack that passes is copied to a
 * "last good" folder; when the configured pack fails, the last good one runs
 * instead, and when there is none the caller shows the fail-safe screen.
 * When the kiosk trusts signing keys (trust with nkeys > 0), a pack, the last
 * good one included, must first verify as a signed pack at or above the floor
 * (manifest.h); with no keys (a developer's laptop, 'make run') any pack that
 * passes its self-test runs, as before. */
#ifndef PACK_H
#define PACK_H

#include <stdbool.h>
#include <stddef.h>

#include "manifest.h"
#include "rules.h"

/* Verifies dir when trust names keys (trust may be NULL), loads it and runs its
 * self-test. NULL with err when any of these fails. */
rules *pack_open_tested(const char *dir, const pack_trust *trust, char *err, size_t errlen);

/* pack_open_tested with the whole linter ('righthelp check') between the
 * signature and the load, as a pack must pass before it is installed or
 * reloaded; err names the linter's first error. assets_dir holds lint.lua. */
rules *pack_open_checked(const char *dir, const char *assets_dir, const pack_trust *trust, char *err, size_t errlen);

/* A start. With keep_dir NULL, pack_open_tested. Else dir (verified when keys are trusted) with only
 * what the start screen needs loaded (rules_open_start): pack_finish, or any call that needs more,
 * loads the rest and runs the self-test, unless keep_dir.tested says this very pack passed it under
 * this very program (pack version, manifest, program build); a reload, an install and 'check' always
 * run it (pack_open_checked, pack_open_tested). A pack that passes is kept in keep_dir. When dir
 * cannot be opened, tries keep_dir (setting *fallback) and writes why dir failed into err. NULL when
 * neither can be used. */
rules *pack_open(const char *dir, const char *keep_dir, const pack_trust *trust, bool *fallback, char *err,
                 size_t errlen);
/* The rest of pack_open's start: r, loaded and vetted; or, when its rest fails to load or its
 * self-test fails, r closed and the last good pack (setting *fallback; err says why r failed); NULL
 * when neither can be used. r as it is when nothing was left to do. */
rules *pack_finish(rules *r, const char *keep_dir, const pack_trust *trust, bool *fallback, char *err,
                   size_t errlen);

/* Keeps r's pack as the last good one in keep_dir, unless that copy already
 * holds the same version (noted in keep_dir.version, outside the copy, so that
 * a signed copy holds only what its manifest lists). 0 on success. */
int pack_keep(rules *r, const char *keep_dir, char *err, size_t errlen);

/* How many self-tests this process has run (a skipped one is not counted): for the tests. */
int pack_self_test_runs(void);

/* Copies the pack's regular files (no links, no hidden files) from src to
 * dst, replacing dst only once the copy is complete. 0 on success. */
int pack_copy(const char *src, const char *dst, char *err, size_t errlen);

/* Removes a folder and everything in it (links are removed, never followed). */
int pack_rmtree(const char *path);

#endif
