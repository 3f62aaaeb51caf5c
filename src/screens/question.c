/* question.c: one question, its answers (in two columns when they do not fit one), and why it is asked. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "decision.h"
#include "screens.h"

void screen_question(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    const cJSON *q = flow_question(&a->fl, a->fl.current);
    int y = top_bar(a, m);
    int w = a->w - 2 * m->margin;
    if (w > (int)(1400 * m->s)) w = (int)(1400 * m->s);
    int x = start_x(a, m, w);
    char progress[96];
    format_counts(progress, sizeof progress, app_s(a, "ui.progress"), flow_position(&a->fl), a->fl.asked);
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->muted, -1, progress);
    y += m->gap / 2;
    /* A long question (the practitioner's same-day list) drops to the body size rather than push its
     * answers under the Back button. */
    const char *text = decision_str(q, "text");
    int size = ui_text_height(u, TEXT_BOLD, m->heading, w, text) > (a->h - y) / 3 ? m->body : m->heading;
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, size, th->heading, -1, text);
    const char *hint = decision_str(q, "hint");
    if (*hint) y += m->gap / 2 + ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->body, th->muted, -1, hint);
    y += m->gap * 2;
    int bottom = bottom_back(a, m) - m->gap;
    const cJSON *opts = cJSON_GetObjectItemCaseSensitive(q, "options");
    int n = cJSON_GetArraySize(opts);
    int bh = m->btn_h;
    /* Options share the room left; they shrink no lower than the touch floor, and when even that does
     * not fit they sit in two columns. */
    int why_h = m->btn_h * 3 / 4;
    int room = bottom - y - why_h - m->gap;
    int touch_floor = (int)(88 * m->s) < 44 ? 44 : (int)(88 * m->s);
    int cols = n > 1 && n * (touch_floor + m->gap) > room ? 2 : 1;
    int rows = (n + cols - 1) / cols;
    if (rows > 0 && rows * (bh + m->gap) > room) {
        bh = room / rows - m->gap;
        if (bh < touch_floor) bh = touch_floor;
    }
    int cw = (w - (cols - 1) * m->gap) / cols;
    const char *chosen = flow_answer_of(&a->fl, decision_str(q, "id"));
    int i = 0;
    const cJSON *o;
    cJSON_ArrayForEach(o, opts) {
        bool on = chosen && !strcmp(chosen, decision_str(o, "id"));
        int col = i % cols;
        if (screen_rtl(a) && cols > 1) col = cols - 1 - col; /* right to left: the first answer on the right */
        ui_button_add(u, (SDL_Rect){ x + col * (cw + m->gap), y, cw, bh }, decision_str(o, "label"), ACT_ANSWER, i,
                      on ? th->button_border : th->button, on ? th->primary_fg : th->button_fg, th->button_border,
                      on ? TEXT_BOLD : TEXT_REGULAR, m->body);
        if (i % cols == cols - 1 || i == n - 1) y += bh + m->gap;
        i++;
    }
    int ww = (int)(560 * m->s);
    if (!a->why_open) {
        ui_button_add(u, (SDL_Rect){ start_x(a, m, ww), y, ww, why_h }, app_s(a, "ui.why"), ACT_WHY, 0, th->bg,
                      th->button_border, 0, TEXT_REGULAR, m->small);
    } else {
        int ph = ui_text_height(u, TEXT_REGULAR, m->small, w - 2 * m->gap, decision_str(q, "why")) + 2 * m->gap;
        SDL_Rect panel = { x, y, w, ph };
        ui_button_add(u, panel, "", ACT_WHY, 0, th->panel, th->panel_fg, 0, TEXT_REGULAR, m->small);
        ui_text(u, (SDL_Rect){ x + m->gap, y + m->gap, w - 2 * m->gap, 0 }, TEXT_REGULAR, m->small, th->panel_fg,
                -1, decision_str(q, "why"));
    }
}
