/* kiosk_input.c: one SDL event at a time, for the kiosk on a real display. */
#include "kiosk_input.h"

#include "util.h"

void kiosk_input_begin(bool kiosk)
{
    SDL_ShowCursor(kiosk ? SDL_DISABLE : SDL_ENABLE);
}

bool kiosk_input(app *a, display *d, bool kiosk, const SDL_Event *ev, double now_ms)
{
    char err[256];
    switch (ev->type) {
    case SDL_QUIT: /* the window closed, or Alt+F4 under a window manager */
        return kiosk;
    case SDL_WINDOWEVENT:
        if (ev->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || ev->window.event == SDL_WINDOWEVENT_EXPOSED) {
            if (display_refresh(d, err, sizeof err) == 0) app_resize(a, d->w, d->h);
            else util_log("%s", err);
        }
        return true;
    case SDL_MOUSEBUTTONDOWN:
        if (ev->button.button == SDL_BUTTON_LEFT) app_press(a, ev->button.x, ev->button.y, now_ms);
        return true;
    case SDL_MOUSEBUTTONUP:
        if (ev->button.button == SDL_BUTTON_LEFT) app_release(a, ev->button.x, ev->button.y, now_ms);
        return true;
    case SDL_FINGERDOWN:
        app_press(a, (int)(ev->tfinger.x * d->w), (int)(ev->tfinger.y * d->h), now_ms);
        return true;
    case SDL_FINGERUP:
        app_release(a, (int)(ev->tfinger.x * d->w), (int)(ev->tfinger.y * d->h), now_ms);
        return true;
    case SDL_KEYDOWN: /* Ctrl+Esc leaves a developer's window; a kiosk has no way out */
        return kiosk || !(ev->key.keysym.sym == SDLK_ESCAPE && (ev->key.keysym.mod & KMOD_CTRL));
    }
    return true;
}
