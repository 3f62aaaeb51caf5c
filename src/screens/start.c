/* start.c: the start screen: who is asking, the language, larger text and high contrast. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "app_staff.h"
#include "decision.h"
#include "screens.h"

void screen_start(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    int y = top_bar(a, m);
    int w = a->w - 2 * m->margin;
    int x = start_x(a, m, w);
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->body, th->fg, -1, app_s(a, "ui.start.intro"));
    y += m->gap * 2;
    int bw = w > (int)(900 * m->s) ? (int)(900 * m->s) : w;
    int bx = start_x(a, m, bw);
    /* Only the modes staff offer here (a reception kiosk may offer family mode only), the default first. */
    bool practitioner_first = strcmp(a->opt.mode, "family") != 0;
    for (int i = 0; i < 2; i++) {
        int mode = practitioner_first ? 1 - i : i;
        if (!staff_offers(a, mode ? "practitioner" : "family")) continue;
        ui_button_add(u, (SDL_Rect){ bx, y, bw, m->btn_h }, app_s(a, mode ? "ui.start.practitioner" : "ui.start.family"),
                      ACT_MODE, mode, th->primary, th->primary_fg, 0, TEXT_BOLD, m->body);
        y += m->btn_h + m->gap;
    }
    /* Training, on a kiosk set up for professionals (--mode practitioner or training). */
    if (strcmp(a->opt.mode, "family") && staff_offers(a, "training")) {
        ui_button_add(u, (SDL_Rect){ bx, y, bw, m->btn_h }, app_s(a, "ui.start.training"), ACT_MODE, 2, th->button,
                      th->button_fg, th->button_border, TEXT_BOLD, m->body);
        y += m->btn_h + m->gap;
    }
    y += m->gap * 2;
    /* Languages, each in its own name, in a row that wraps. */
    if (a->nlangs > 1) {
        int lw = (int)(260 * m->s), lx = 0, row_y = y;
        for (int i = 0; i < a->nlangs; i++) {
            if (lx + lw > w) {
                lx = 0;
                row_y += m->btn_h + m->gap;
            }
            bool on = !strcmp(a->langs[i].code, a->lang);
            int bxl = screen_rtl(a) ? a->w - m->margin - lx - lw : m->margin + lx;
            ui_button_add(u, (SDL_Rect){ bxl, row_y, lw, m->btn_h }, a->langs[i].name, ACT_LANG, i,
                          on ? th->button_border : th->button, on ? th->primary_fg : th->button_fg,
                          th->button_border, on ? TEXT_BOLD : TEXT_REGULAR, m->body);
            lx += lw + m->gap;
        }
        y = row_y + m->btn_h + m->gap * 2;
    }
    /* Accessibility, one tap away. */
    int aw = (int)(380 * m->s);
    ui_button_add(u, (SDL_Rect){ start_x(a, m, aw), y, aw, m->btn_h }, app_s(a, "ui.larger_text"), ACT_TEXT_SIZE, 0,
                  a->large_text ? th->button_border : th->button, a->large_text ? th->primary_fg : th->button_fg,
                  th->button_border, TEXT_REGULAR, m->body);
    int ax = screen_rtl(a) ? a->w - m->margin - 2 * aw - m->gap : m->margin + aw + m->gap;
    ui_button_add(u, (SDL_Rect){ ax, y, aw, m->btn_h }, app_s(a, "ui.high_contrast"), ACT_THEME, 0,
                  th->button, th->button_fg, th->button_border, TEXT_REGULAR, m->body);
}
