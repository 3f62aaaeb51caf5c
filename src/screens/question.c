/* question.c: one question, its answers (in two columns when they do not fit one), and why it is asked. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "decision.h"
#include "screens.h"

static int touch_floor(const metrics *m) { return (int)(88 * m->s) < 44 ? 44 : (int)(88 * m->s); }

/* The answers in cols columns within room: their row height (never below the touch floor, and tall enough
 * for the longest answer, measured bold as a chosen one is drawn), and the height they all take. */
static int answers_height(app *a, const metrics *m, const cJSON *opts, int w, int cols, int room, int *bh)
{
    int n = cJSON_GetArraySize(opts), rows = (n + cols - 1) / cols, cw = (w - (cols - 1) * m->gap) / cols;
    *bh = m->btn_h;
    if (rows > 0 && rows * (*bh + m->gap) > room) {
        *bh = room / rows - m->gap;
        if (*bh < touch_floor(m)) *bh = touch_floor(m);
    }
    const cJSON *o;
    cJSON_ArrayForEach(o, opts) {
        int need = ui_text_height(&a->ui, TEXT_BOLD, m->body, cw - m->body, decision_str(o, "label")) + m->body / 2;
        if (need > *bh) *bh = need;
    }
    return rows * (*bh + m->gap);
}

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
    const char *text = decision_str(q, "text"), *hint = decision_str(q, "hint");
    const cJSON *opts = cJSON_GetObjectItemCaseSensitive(q, "options");
    int n = cJSON_GetArraySize(opts);
    int why_h = m->btn_h * 3 / 4, bottom = bottom_back(a, m) - m->gap;
    /* Options share the room left; they shrink no lower than the touch floor, and when even that does not
     * fit they sit in two columns. A long question (the practitioner's same-day list), or answers that wrap
     * to more lines than the room holds, drop the question to the body size rather than push the answers
     * under the Back button; the other number of columns is tried before that. */
    int size = ui_text_height(u, TEXT_BOLD, m->heading, w, text) > (a->h - y) / 3 ? m->body : m->heading;
    int cols = 1, bh = m->btn_h;
    for (;;) {
        int top = y + ui_text_height(u, TEXT_BOLD, size, w, text) + m->gap * 2;
        if (*hint) top += m->gap / 2 + ui_text_height(u, TEXT_REGULAR, m->body, w, hint);
        int room = bottom - top - why_h - m->gap;
        cols = n > 1 && n * (touch_floor(m) + m->gap) > room ? 2 : 1;
        if (answers_height(a, m, opts, w, cols, room, &bh) <= room) break;
        if (n > 1 && answers_height(a, m, opts, w, 3 - cols, room, &bh) <= room) {
            cols = 3 - cols;
            break;
        }
        if (size == m->body) {
            answers_height(a, m, opts, w, cols, room, &bh);
            break;
        }
        size = m->body;
    }
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, size, th->heading, -1, text);
    if (*hint) y += m->gap / 2 + ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->body, th->muted, -1, hint);
    y += m->gap * 2;
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
