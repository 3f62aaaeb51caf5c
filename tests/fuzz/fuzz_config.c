/* fuzz_config.c: libFuzzer target for the kiosk's config file (config_read,
 * libinih and the option checks). Any file must give options within their
 * ranges or an error naming the line; never a crash. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"

static char dir[64] = "/tmp/righthelp-fuzz-config-XXXXXX", path[128];

static void cleanup(void)
{
    unlink(path);
    rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!path[0]) {
        if (!mkdtemp(dir)) abort();
        snprintf(path, sizeof path, "%s/righthelp.conf", dir);
        atexit(cleanup);
    }
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    fwrite(data, 1, size, f);
    fclose(f);
    options o;
    options_defaults(&o);
    char err[512] = "";
    if (config_read(path, 0, &o, err, sizeof err) != 0) {
        if (!strstr(err, path)) abort(); /* a mistake names the file and its line */
        return 0;
    }
    /* Whatever was accepted is within the ranges the kiosk relies on. */
    if (o.width <= 0 || o.height <= 0 || o.idle_seconds <= 0) abort();
    if (o.retention_months < 1 || o.retention_months > 120) abort();
    if (strcmp(o.mode, "family") && strcmp(o.mode, "practitioner") && strcmp(o.mode, "training")) abort();
    if (strnlen(o.area, sizeof o.area) == sizeof o.area || strnlen(o.db, sizeof o.db) == sizeof o.db) abort();
    return 0;
}
