/* testutil.h: helpers shared by the cmocka tests: temporary folders, copies of
 * the rule pack with a hostile file added, and small file utilities.
 * Tests run from the repository root (tests/run.sh sees to it). */
#ifndef TESTUTIL_H
#define TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A new empty folder under /tmp; the caller removes it with tu_rmrf. */
static inline void tu_tmpdir(char *out, size_t n, const char *tag)
{
    snprintf(out, n, "/tmp/righthelp-test-%s-XXXXXX", tag);
    if (!mkdtemp(out)) fail_msg("mkdtemp failed");
}

static inline int tu_sh(const char *fmt, ...)
{
    char cmd[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    return system(cmd);
}

static inline void tu_rmrf(const char *dir)
{
    if (strncmp(dir, "/tmp/righthelp-test-", 20) == 0) tu_sh("rm -rf '%s'", dir);
}

static inline void tu_write(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f) fail_msg("cannot write %s", path);
    fputs(text, f);
    fclose(f);
}

/* Copies rules/ into dir/rules and returns that path in out. */
/* Overwrites four pages in the middle of a database file with a fixed pattern: its header still
 * reads, its integrity check does not pass. 0 on success. */
static inline int tu_damage_pages(const char *path)
{
    return tu_sh("head -c 16384 /dev/zero | tr '\\0' x | dd of='%s' bs=4096 seek=6 conv=notrunc 2>/dev/null", path);
}

static inline void tu_copy_pack(const char *dir, char *out, size_t n)
{
    snprintf(out, n, "%s/rules", dir);
    assert_int_equal(tu_sh("cp -R rules '%s/rules'", dir), 0);
}

#endif
