/* screens.c: turns the app's state into a ui list: the idle warning over any screen, and which screen
 * to draw (one file a screen in this folder). */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "app_staff.h"
#include "screens.h"

static void idle_overlay(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    int w = a->w * 3 / 4, h = a->h / 2;
    if (h < 3 * m->btn_h + 4 * m->gap) h = 3 * m->btn_h + 4 * m->gap;
    SDL_Rect box = { (a->w - w) / 2, (a->h - h) / 2, w, h };
    ui_rect(u, (SDL_Rect){ 0, 0, a->w, a->h }, th->bg);
    ui_rect(u, box, th->panel);
    ui_frame(u, box, th->button_border, 4);
    int y = box.y + m->gap * 2, x = box.x + m->gap * 2, iw = w - 4 * m->gap;
    y += ui_text(u, (SDL_Rect){ x, y, iw, 0 }, TEXT_BOLD, m->heading, th->panel_fg, 0, app_s(a, "ui.idle.title"));
    y += m->gap;
    ui_text(u, (SDL_Rect){ x, y, iw, 0 }, TEXT_REGULAR, m->body, th->panel_fg, 0, app_s(a, "ui.idle.body"));
    int bw = w / 2;
    ui_button_add(u, (SDL_Rect){ box.x + (w - bw) / 2, box.y + h - m->btn_h * 3 / 2 - m->gap, bw, m->btn_h * 3 / 2 },
                  app_s(a, "ui.idle.stay"), ACT_STILL_HERE, 0, th->primary, th->primary_fg, 0, TEXT_BOLD, m->heading);
}

bool app_layout(app *a)
{
    if (!a->dirty) return false;
    a->dirty = false;
    a->strused = 0;
    /* Direction comes from the language, except on the built-in screens, which are English. */
    bool builtin = a->screen == SCREEN_FAILSAFE || a->screen == SCREEN_PIN || a->screen == SCREEN_STAFF ||
                   a->screen == SCREEN_STATS || a->screen == SCREEN_JUDGE || !a->r;
    text_set_rtl(a->tx, a->rtl && !builtin);
    metrics m = measure(a);
    ui_begin(&a->ui, a->tx, a->w, a->h);
    if (a->screen == SCREEN_FAILSAFE || !a->r) {
        screen_failsafe(a, &m);
        return true;
    }
    switch (a->screen) {
    case SCREEN_START: screen_start(a, &m); break;
    case SCREEN_QUESTION: screen_question(a, &m); break;
    case SCREEN_CHECK: screen_check(a, &m); break;
    case SCREEN_RESULT: screen_result(a, &m); break;
    case SCREEN_ESCALATION: screen_escalation(a, &m); break;
    case SCREEN_NEUTRAL: screen_neutral(a, &m); break;
    case SCREEN_PIN: screen_pin(a, &m); break;
    case SCREEN_STAFF: screen_staff(a, &m); break;
    case SCREEN_STATS: screen_stats(a, &m); break;
    case SCREEN_JUDGE: screen_judge(a, &m); break;
    case SCREEN_FAILSAFE: break;
    case SCREEN_TRAIN_SETUP: case SCREEN_TRAIN_CASE: case SCREEN_TRAIN_CHOOSE: case SCREEN_TRAIN_FEEDBACK:
    case SCREEN_TRAIN_SCORE: screens_training(a, &m); break;
    }
    if (a->idle_warning) {
        int keep_exit = family_screen(a) && a->screen != SCREEN_NEUTRAL;
        ui_begin(&a->ui, a->tx, a->w, a->h);
        idle_overlay(a, &m);
        if (keep_exit) top_bar(a, &m);
    }
    /* Keep the pressed button marked across rebuilds. */
    if (a->pressed >= 0 && a->pressed < a->ui.nbuttons) a->ui.buttons[a->pressed].pressed = true;
    return true;
}
