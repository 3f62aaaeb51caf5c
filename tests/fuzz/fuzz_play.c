/* fuzz_play.c: libFuzzer target for play scripts: every line parsed and run
 * by play_exec on one headless kiosk (no display, no shots), put back on the
 * start screen before each input. Any script must pass or stop with a message
 * naming its line, and leave the kiosk on a known screen with a consistent
 * session; never a crash. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "play.h"
#include "util.h"

static app a;
static text *tx;
static options base;
static double now = 1e7;
static char dir[64] = "/tmp/righthelp-fuzz-play-XXXXXX";

static void cleanup(void)
{
    app_free(&a);
    text_close(tx);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "fuzz_play: could not remove %s\n", dir);
}

static void start(void)
{
    char err[512];
    if (!mkdtemp(dir)) abort();
    tx = text_open("assets", err, sizeof err);
    if (!tx) {
        fprintf(stderr, "fuzz_play: %s\n", err);
        abort();
    }
    options_defaults(&base);
    snprintf(base.db, sizeof base.db, "%s/play.db", dir);
    app_init(&a, &base, tx, now);
    app_resize(&a, base.width, base.height);
    atexit(cleanup);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!tx) start();
    /* Back to a fresh start screen, as after a finished session and a restart. */
    a.opt = base;
    util_copy(a.area, sizeof a.area, base.area);
    memset(&a.lock, 0, sizeof a.lock);
    app_wipe(&a);
    app_act(&a, ACT_BEGIN, 0, now += 1000);
    char *script = malloc(size + 1);
    if (!script) return 0;
    memcpy(script, data, size);
    script[size] = 0;
    play_result res;
    int rc = play_exec(&a, NULL, &now, "fuzz.play", script, NULL, &res);
    free(script);
    if (rc != 0 && strncmp(res.error, "fuzz.play:", 10) != 0) abort(); /* a failure names its line */
    app_layout(&a);
    if (a.screen < SCREEN_START || a.screen > SCREEN_TRAIN_SCORE) abort();
    if ((a.screen == SCREEN_START || a.screen == SCREEN_NEUTRAL) && a.fl.nanswers != 0) abort();
    if ((a.screen == SCREEN_RESULT || a.screen == SCREEN_ESCALATION) && !a.decision) abort();
    if (a.ui.full) abort();
    return 0;
}
