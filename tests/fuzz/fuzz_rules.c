/* fuzz_rules.c: libFuzzer target for the rule pack loader: the input is the
 * Lua source of a one-file pack (engine.lua), loaded in the sandbox by
 * rules_open with the kiosk's code path and tight limits, then asked every
 * question the kiosk asks. Any source must load or be refused with a message,
 * and every call must answer or fail with a message; never a crash or a hang. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rules.h"

static char dir[64] = "/tmp/righthelp-fuzz-rules-XXXXXX", engine[128], continuum[128];

static void cleanup(void)
{
    unlink(engine);
    unlink(continuum);
    rmdir(dir);
}

static void write_file(const char *path, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    fwrite(data, 1, size, f);
    fclose(f);
}

/* A call either answers or says why. */
static void must_say(cJSON *res, const char *err)
{
    if (res) cJSON_Delete(res);
    else if (!err[0]) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!engine[0]) {
        if (!mkdtemp(dir)) abort();
        snprintf(engine, sizeof engine, "%s/engine.lua", dir);
        snprintf(continuum, sizeof continuum, "%s/continuum.lua", dir);
        write_file(continuum, (const uint8_t *)"", 0);
        atexit(cleanup);
    }
    write_file(engine, data, size);
    /* Tighter than the kiosk's, so that each input stays quick; the same code enforces them. */
    rules_limits lim = { 8u << 20, 200000, 2000000, 250, 1000 };
    char err[1024] = "";
    rules *r = rules_open(dir, &lim, err, sizeof err);
    if (!r) {
        if (!err[0]) abort();
        return 0;
    }
    cJSON *answers = cJSON_CreateObject();
    cJSON_AddStringToObject(answers, "p_age", "0-5");
    cJSON_AddStringToObject(answers, "p_rf_danger", "no");
    char buf[256];
    err[0] = 0;
    must_say(rules_areas(r, err, sizeof err), err);
    err[0] = 0;
    must_say(rules_languages(r, err, sizeof err), err);
    err[0] = 0;
    must_say(rules_questions(r, "family", "en", err, sizeof err), err);
    err[0] = 0;
    if (rules_asked(r, "practitioner", "p_age", answers, err, sizeof err) < 0 && !err[0]) abort();
    err[0] = 0;
    must_say(rules_decide(r, "sutton", "practitioner", answers, "en", err, sizeof err), err);
    rules_string(r, "ar", "start.title", buf, sizeof buf);
    cJSON_Delete(answers);
    rules_close(r);
    return 0;
}
