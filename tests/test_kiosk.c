/* test_kiosk.c: in --kiosk mode nothing on the screen or the keyboard leaves the
 * app: real SDL events (SDL's offscreen driver) go through SDL's queue into the
 * kiosk's own event handler, with a session under way. Outside kiosk mode the
 * same events do end the program, so the test can tell the two apart. */
#include "testutil.h"

#include <SDL_ttf.h>

#include "app.h"
#include "display.h"
#include "kiosk_input.h"

static char dir[256];
static text *TX;
static display D;
static app A;
static double now = 1e7;

static int setup(void **s)
{
    (void)s;
    char err[512];
    tu_tmpdir(dir, sizeof dir, "kiosk");
    if (display_open(&D, 1280, 800, false, true, err, sizeof err) != 0) fail_msg("%s", err);
    TX = text_open("assets", err, sizeof err);
    if (!TX) fail_msg("%s", err);
    return 0;
}

static int teardown(void **s)
{
    (void)s;
    text_close(TX);
    TTF_Quit();
    display_close(&D);
    tu_rmrf(dir);
    return 0;
}

static void start(bool kiosk, const char *dbname)
{
    options o;
    options_defaults(&o);
    o.kiosk = o.fullscreen = kiosk;
    snprintf(o.db, sizeof o.db, "%s/%s", dir, dbname);
    app_init(&A, &o, TX, now);
    app_resize(&A, D.w, D.h);
    app_layout(&A);
    kiosk_input_begin(kiosk);
}

/* Pushes ev onto SDL's queue and hands whatever comes out to the kiosk's handler,
 * as the event loop does; false if the handler would end the program. */
static bool feed(SDL_Event ev)
{
    assert_int_equal(SDL_PushEvent(&ev), 1);
    bool keep = true;
    SDL_Event got;
    while (SDL_PollEvent(&got)) {
        now += 10;
        if (!kiosk_input(&A, &D, A.opt.kiosk, &got, now)) keep = false;
    }
    app_layout(&A);
    return keep;
}

static SDL_Event key(SDL_Keycode sym, Uint16 mod)
{
    SDL_Event ev = { .type = SDL_KEYDOWN };
    ev.key.windowID = SDL_GetWindowID(D.win);
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = sym;
    ev.key.keysym.scancode = SDL_GetScancodeFromKey(sym);
    ev.key.keysym.mod = mod;
    return ev;
}

static SDL_Event quit(void) { return (SDL_Event){ .type = SDL_QUIT }; }

static SDL_Event window_close(void)
{
    SDL_Event ev = { .type = SDL_WINDOWEVENT };
    ev.window.windowID = SDL_GetWindowID(D.win);
    ev.window.event = SDL_WINDOWEVENT_CLOSE;
    return ev;
}

/* A finger on the button labelled label, down then up, after the debounce. */
static void touch(const char *label)
{
    now += 1000;
    app_tick(&A, now);
    app_layout(&A);
    int b = ui_find_button(&A.ui, label);
    if (b < 0) fail_msg("no button '%s' on screen %s", label, app_screen_name(A.screen));
    SDL_Rect r = A.ui.buttons[b].r;
    SDL_Event ev = { .type = SDL_FINGERDOWN };
    ev.tfinger.x = (float)(r.x + r.w / 2) / (float)D.w;
    ev.tfinger.y = (float)(r.y + r.h / 2) / (float)D.h;
    assert_true(feed(ev));
    ev.type = SDL_FINGERUP;
    assert_true(feed(ev));
}

static void test_kiosk_ignores_quit_and_switch_keys(void **state)
{
    (void)state;
    start(true, "k.db");
    assert_int_equal(SDL_ShowCursor(SDL_QUERY), SDL_DISABLE);
    /* Touch works: a session is under way. */
    touch("I'm a parent or carer");
    touch("Under 5");
    assert_int_equal(A.screen, SCREEN_QUESTION);
    assert_int_equal(A.fl.nanswers, 1);

    const SDL_Event tries[] = {
        quit(), window_close(),
        key(SDLK_ESCAPE, KMOD_LCTRL),                     /* the developer's quit */
        key(SDLK_ESCAPE, KMOD_NONE),
        key(SDLK_F4, KMOD_LALT),                          /* close window */
        key(SDLK_TAB, KMOD_LALT),                         /* switch window */
        key(SDLK_F2, KMOD_LCTRL | KMOD_LALT),             /* switch console */
        key(SDLK_BACKSPACE, KMOD_LCTRL | KMOD_LALT),      /* kill the X server */
        key(SDLK_q, KMOD_LCTRL), key(SDLK_w, KMOD_LCTRL), key(SDLK_c, KMOD_LCTRL),
        key(SDLK_LGUI, KMOD_NONE), key(SDLK_AC_BACK, KMOD_NONE), key(SDLK_BACKSPACE, KMOD_NONE),
    };
    for (size_t i = 0; i < sizeof tries / sizeof *tries; i++) {
        if (!feed(tries[i])) fail_msg("event %zu would leave the kiosk", i);
        assert_int_equal(A.screen, SCREEN_QUESTION);
        assert_int_equal(A.fl.nanswers, 1);
    }
    assert_int_equal(SDL_ShowCursor(SDL_QUERY), SDL_DISABLE);
    /* And touch still works after them all. */
    touch("No");
    assert_int_equal(A.fl.nanswers, 2);
    app_free(&A);
}

static void test_outside_kiosk_quit_keys_work(void **state)
{
    (void)state;
    start(false, "w.db");
    assert_int_equal(SDL_ShowCursor(SDL_QUERY), SDL_ENABLE);
    assert_true(feed(key(SDLK_ESCAPE, KMOD_NONE)));
    assert_true(feed(key(SDLK_F4, KMOD_LALT)));
    assert_false(feed(key(SDLK_ESCAPE, KMOD_LCTRL)));
    assert_false(feed(quit()));
    app_free(&A);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kiosk_ignores_quit_and_switch_keys),
        cmocka_unit_test(test_outside_kiosk_quit_keys_work),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
