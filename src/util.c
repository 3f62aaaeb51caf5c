/* util.c: time, strings, files and the log. */
#define _POSIX_C_SOURCE 200809L
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

void util_release_memory(void)
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

double util_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

char *util_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (!p) abort(); /* small strings only: running out here means the machine is gone */
    memcpy(p, s, n);
    return p;
}

char *util_read_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n + 1 >= cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                fclose(f);
                snprintf(err, errlen, "%s: out of memory", path);
                return NULL;
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        snprintf(err, errlen, "%s: read error", path);
        return NULL;
    }
    buf[n] = 0;
    if (len) *len = n;
    return buf;
}

void util_copy(char *dst, size_t n, const char *src)
{
    if (n == 0) return;
    snprintf(dst, n, "%s", src ? src : "");
}

int util_cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void util_wipe(void *p, size_t n)
{
    explicit_bzero(p, n); /* a plain memset before free may be left out by the compiler */
}

void util_zero(void *p, size_t n)
{
    unsigned char *b = p;
    for (size_t at = 0; at < n; at += 4096) {
        size_t k = n - at < 4096 ? n - at : 4096;
        for (size_t i = 0; i < k; i++)
            if (b[at + i]) {
                memset(b + at, 0, k);
                break;
            }
    }
}

void util_utc_now(char *out, size_t n)
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void util_log(const char *fmt, ...)
{
    char when[32];
    util_utc_now(when, sizeof when);
    fprintf(stderr, "righthelp %s: ", when);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int util_list_dir(const char *dir, const char *suffix, char **names, int max)
{
    DIR *d = opendir(dir);
    if (!d) return -1;
    int n = 0, err = 0;
    size_t sl = strlen(suffix);
    struct dirent *e;
    while (!err && (e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < sl || strcmp(e->d_name + len - sl, suffix) != 0) continue;
        if (n == max) err = E2BIG;
        else names[n++] = util_strdup(e->d_name);
    }
    closedir(d);
    if (err) {
        while (n > 0) free(names[--n]);
        errno = err;
        return -1;
    }
    qsort(names, (size_t)n, sizeof *names, util_cmp_str);
    return n;
}

int util_check_regular(const char *path, size_t max, char *err, size_t errlen)
{
    struct stat st;
    if (lstat(path, &st) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file (links are not allowed in a rule pack)", path);
        return -1;
    }
    if ((size_t)st.st_size > max) {
        snprintf(err, errlen, "%s: larger than %zu bytes", path, max);
        return -1;
    }
    return 0;
}

char *util_read_regular(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
    return util_check_regular(path, max, err, errlen) == 0 ? util_read_file(path, len, err, errlen) : NULL;
}

int util_make_parents(const char *path)
{
    char dir[1024];
    if (snprintf(dir, sizeof dir, "%s", path) >= (int)sizeof dir) {
        errno = ENAMETOOLONG;
        return -1;
    }
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) return 0;
    *slash = 0;
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        if (mkdir(dir, 0700) != 0 && errno != EEXIST) return -1;
        *p = '/';
    }
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) return -1;
    return 0;
}

int util_parse_clock(const char *s, struct tm *out)
{
    static const char *days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    char day[8];
    int hh, mm;
    if (sscanf(s, "%7s %d:%d", day, &hh, &mm) != 3 || hh < 0 || hh > 23 || mm < 0 || mm > 59) return -1;
    for (int i = 0; i < 7; i++) {
        if (strcmp(day, days[i])) continue;
        memset(out, 0, sizeof *out);
        out->tm_wday = i;
        out->tm_hour = hh;
        out->tm_min = mm;
        return 0;
    }
    return -1;
}
