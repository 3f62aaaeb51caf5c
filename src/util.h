/* util.h: small helpers every module may use: time, strings, files, the log.
 * Nothing here knows about the kiosk. */
#ifndef UTIL_H
#define UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* Monotonic milliseconds, for bounds and timers. */
double util_now_ms(void);
/* Gives the pages malloc holds free back to the system (glibc keeps what a burst of allocation freed, such
 * as loading the rule pack); a no-op elsewhere. */
void util_release_memory(void);
char *util_strdup(const char *s);
/* Reads a whole file; NULL with err filled on failure. Caller frees. */
char *util_read_file(const char *path, size_t *len, char *err, size_t errlen);
/* 0 when path is a file of a rule pack may be: a regular file, not a link, of at most max bytes. */
int util_check_regular(const char *path, size_t max, char *err, size_t errlen);
/* util_read_file for a file of a rule pack (util_check_regular). */
char *util_read_regular(const char *path, size_t max, size_t *len, char *err, size_t errlen);
/* Copies at most n-1 bytes and always terminates. */
void util_copy(char *dst, size_t n, const char *src);
/* qsort comparator for an array of C strings. */
int util_cmp_str(const void *a, const void *b);
/* Now, in UTC, as 2026-11-29T10:15:00Z (out holds at least 21 bytes). */
void util_utc_now(char *out, size_t n);
/* The names in folder dir that end in suffix ("" for any), leaving out those
 * that start with '.', sorted; the caller frees each. Returns how many, or -1
 * when the folder cannot be read (errno says why) or holds more than max such
 * names (errno E2BIG): a listing is never cut short, so no file of a rule pack
 * is silently left out. */
int util_list_dir(const char *dir, const char *suffix, char **names, int max);
/* Zeroes memory in a way the compiler may not drop (privacy wipes). */
void util_wipe(void *p, size_t n);
/* memset(p, 0, n), writing only the pages not zero already: a static's pages nothing has used stay
 * unbacked (the kiosk's app struct, 54 KB of which a start uses a few pages). It reads p first, so p
 * must hold defined bytes: a static, or calloc's, never malloc's. */
void util_zero(void *p, size_t n);
/* Makes the folders above a file's path (mode 0700), as mkdir -p; 0 or -1 with errno. */
int util_make_parents(const char *path);
/* One line to stderr with a UTC timestamp: the kiosk's log (journald keeps it). */
void util_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* "Mon 22:00" into out's tm_wday, tm_hour and tm_min (the rest zero); 0, or -1 if it cannot be read. */
struct tm;
int util_parse_clock(const char *s, struct tm *out);

#endif
