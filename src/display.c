/* display.c: SDL window, surface and software renderer. */
#include "display.h"

#include <stdio.h>
#include <stdlib.h>

int display_refresh(display *d, char *err, size_t errlen)
{
    if (d->ren) SDL_DestroyRenderer(d->ren);
    d->ren = NULL;
    d->surface = SDL_GetWindowSurface(d->win);
    if (!d->surface) {
        snprintf(err, errlen, "window surface: %s", SDL_GetError());
        return -1;
    }
    d->ren = SDL_CreateSoftwareRenderer(d->surface);
    if (!d->ren) {
        snprintf(err, errlen, "software renderer: %s", SDL_GetError());
        return -1;
    }
    d->w = d->surface->w;
    d->h = d->surface->h;
    return 0;
}

int display_open(display *d, int w, int h, bool fullscreen, bool offscreen, char *err, size_t errlen)
{
    *d = (display){ 0 };
    if (offscreen) {
        setenv("SDL_VIDEODRIVER", "offscreen", 1);
        /* No display, no loudspeaker: read aloud still makes and queues its sound (tests, bench). */
        setenv("SDL_AUDIODRIVER", "dummy", 0);
    }
    /* Touch and mouse: handle touch ourselves, never twice. */
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        snprintf(err, errlen, "cannot start the display: %s", SDL_GetError());
        return -1;
    }
    Uint32 flags = SDL_WINDOW_SHOWN | (fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : SDL_WINDOW_RESIZABLE);
    d->win = SDL_CreateWindow("Right Help", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!d->win) {
        snprintf(err, errlen, "cannot open a window: %s", SDL_GetError());
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        return -1;
    }
    if (display_refresh(d, err, errlen) != 0) {
        display_close(d);
        return -1;
    }
    return 0;
}

void display_present(display *d)
{
    SDL_RenderPresent(d->ren);
    SDL_UpdateWindowSurface(d->win);
}

void display_close(display *d)
{
    if (d->ren) SDL_DestroyRenderer(d->ren);
    if (d->win) SDL_DestroyWindow(d->win);
    if (d->win || d->ren) SDL_QuitSubSystem(SDL_INIT_VIDEO);
    *d = (display){ 0 };
}
