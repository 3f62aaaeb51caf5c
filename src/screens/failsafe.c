/* failsafe.c: built into the program: shown when the rule pack cannot give advice. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "screens.h"

/* Built into the program: it must work when the rule pack does not. */
void screen_failsafe(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    ui_rect(u, (SDL_Rect){ 0, 0, a->w, a->h }, th->danger_bg);
    int w = a->w - 2 * m->margin, x = m->margin, y = m->margin;
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading * 3 / 2, th->danger_fg, -1,
                 "If a child is in danger now, call 999.");
    y += m->gap * 2;
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading, th->danger_fg, -1,
                 "Tell a member of staff now.");
    y += m->gap * 2;
    ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->body, th->danger_fg, -1,
            "This kiosk cannot give advice at the moment. Staff have been told why in the kiosk's log.");
    int bw = (int)(420 * m->s);
    ui_button_add(u, (SDL_Rect){ x, a->h - m->btn_h - m->gap, bw, m->btn_h }, "Start again", ACT_RETRY, 0,
                  th->danger_fg, th->danger_bg, 0, TEXT_BOLD, m->body);
}
