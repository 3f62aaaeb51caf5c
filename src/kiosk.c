/* kiosk.c: 'righthelp' with no command: the kiosk on a real display.
 * The loop sleeps until an event or the next timer: idle costs nothing. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "cli.h"
#include "display.h"
#include "kiosk_input.h"
#include "notify.h"
#include "render.h"
#include "util.h"
#include "config.h"


#include <SDL_ttf.h>

/* SIGHUP (systemctl reload) asks for the rule pack to be reloaded. */
static volatile sig_atomic_t reload_signal;
static void on_sighup(int sig)
{
    (void)sig;
    reload_signal = 1;
}

/* SIGTERM (systemctl stop, shutdown) and SIGINT end the program cleanly, kiosk or
 * not: only the screen cannot close a kiosk. Installed before SDL starts, so SDL
 * leaves them alone instead of turning them into a quit event a kiosk ignores. */
static volatile sig_atomic_t stop_signal;
static void on_stop(int sig)
{
    (void)sig;
    stop_signal = 1;
}

static bool has_display(void)
{
    const char *drv = getenv("SDL_VIDEODRIVER");
    return (drv && *drv) || getenv("DISPLAY") || getenv("WAYLAND_DISPLAY");
}

/* A screen left still this long gives back its text textures: the window keeps the picture, and the next
 * redraw (a tap, a countdown) renders the lines again, as a new screen does (issue 20). */
#define TEXTURES_KEPT_MS 1000.0

static double drawn_ms; /* when the last frame was presented */

static void draw(app *a, display *d)
{
    render_ui(d->ren, a->tx, &a->ui, a->th->bg, a->th->focus);
    display_present(d);
    drawn_ms = util_now_ms();
}

int cli_run(int argc, char **argv)
{
    options o;
    options_defaults(&o);
    char err[1024];
    /* The config file first (--config PATH, or the installed one if present); flags override it. */
    const char *config = NULL;
    for (int i = 1; i + 1 < argc; i++)
        if (!strcmp(argv[i], "--config")) config = argv[i + 1];
    if (config_read(config ? config : CONFIG_DEFAULT_PATH, config == NULL, &o, err, sizeof err) != 0) {
        fprintf(stderr, "righthelp: %s\n", err);
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--config")) {
            i++;
            continue;
        }
        int rc = options_parse_one(&o, argc, argv, &i, err, sizeof err);
        if (rc == 1) continue;
        if (rc < 0) fprintf(stderr, "righthelp: %s\n", err);
        else fprintf(stderr, "righthelp: unknown option '%s'\n", argv[i]);
        cli_usage();
        return 2;
    }
    if (!has_display()) {
        fprintf(stderr, "righthelp: no display (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                        "To see the screens without one: righthelp play tests/ui/smoke.play --out /tmp/shots\n");
        return 1;
    }
    signal(SIGTERM, on_stop);
    signal(SIGINT, on_stop);
    display d;
    if (display_open(&d, o.width, o.height, o.fullscreen, false, err, sizeof err) != 0) {
        fprintf(stderr, "righthelp: %s\n", err);
        return 1;
    }
    kiosk_input_begin(o.kiosk);
    text *tx = text_open(o.assets, err, sizeof err);
    if (!tx) {
        fprintf(stderr, "righthelp: %s\n", err);
        display_close(&d);
        return 1;
    }
    static app a; /* large: keep it off the stack */
    app_init(&a, &o, tx, util_now_ms());
    app_resize(&a, d.w, d.h);
    signal(SIGHUP, on_sighup);
    /* A file-size limit (LimitFSIZE=) must act like a full disk: the write fails and the
     * session is not logged, instead of the signal ending the kiosk. */
    signal(SIGXFSZ, SIG_IGN);
    double last_ping = -1e9;
    bool running = true;
    /* For 'make bench': start to first frame presented, or to ready (the first tick has loaded the
     * rest of the pack), then leave. */
    bool first_frame_only = getenv("RIGHTHELP_EXIT_AFTER_FIRST_FRAME") != NULL;
    bool ready_only = getenv("RIGHTHELP_EXIT_WHEN_READY") != NULL;
    /* The first frame's textures would go at the first tick (app_tick, text_rest): it keeps none. */
    text_keep(tx, false);
    while (running && !stop_signal) {
        if (app_layout(&a)) {
            draw(&a, &d);
            text_keep(tx, true);
        }
        if (first_frame_only) break;
        /* Tell systemd the loop is alive (WatchdogSec=): a hung loop stops these and is restarted. */
        double t = util_now_ms();
        if (t - last_ping >= 1000) {
            notify_systemd("READY=1\nWATCHDOG=1");
            last_ping = t;
        }
        if (reload_signal) {
            reload_signal = 0;
            app_request_reload(&a);
        }
        long wait = app_tick(&a, util_now_ms());
        if (app_layout(&a)) draw(&a, &d);
        if (ready_only) break;
        SDL_Event ev;
        /* Sleep until an event or the next timer; wake once a second at most to see a reload signal. */
        if (!SDL_WaitEventTimeout(&ev, wait < 0 || wait > 1000 ? 1000 : (int)wait)) {
            if (drawn_ms > 0 && util_now_ms() - drawn_ms >= TEXTURES_KEPT_MS) {
                text_rest(a.tx);
                util_release_memory();
                drawn_ms = 0;
            }
            continue;
        }
        do {
            if (!kiosk_input(&a, &d, o.kiosk, &ev, util_now_ms())) running = false;
        } while (SDL_PollEvent(&ev));
    }
    app_free(&a);
    if (stop_signal) util_log("stopped by a signal (systemctl stop or shutdown); the database was closed cleanly");
    text_close(tx);
    display_close(&d);
    TTF_Quit();
    return 0;
}
