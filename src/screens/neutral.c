/* neutral.c: the screen between people: nothing of the last session. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "screens.h"

void screen_neutral(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    ui_button_add(u, (SDL_Rect){ 0, 0, a->w, a->h }, "", ACT_BEGIN, 0, th->bg, th->fg, 0, TEXT_REGULAR, m->body);
    const char *s = app_s(a, "ui.neutral");
    int w = a->w - 2 * m->margin;
    int h = ui_text_height(u, TEXT_REGULAR, m->heading, w, s);
    ui_text(u, (SDL_Rect){ m->margin, (a->h - h) / 2, w, 0 }, TEXT_REGULAR, m->heading, th->fg, 0, s);
}
