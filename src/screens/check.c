/* check.c: the answers given, each with Change, before the result. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "decision.h"
#include "screens.h"

void screen_check(app *a, const metrics *m)
{
    const theme *th = a->th;
    page_list p = { .n = 0 };
    add_item(&p, (item){ IT_H1, app_s(a, "ui.check.title"), NULL, NULL, 0, 0, NULL, NULL });
    const char *change = app_s(a, "ui.check.change");
    for (int i = 0; i < a->fl.nquestions; i++) {
        const cJSON *q = flow_question(&a->fl, i);
        const char *aid = flow_answer_of(&a->fl, decision_str(q, "id"));
        if (!aid) continue;
        add_item(&p, (item){ IT_CARD, decision_str(q, "text"), answer_label(q, aid), NULL, ACT_CHANGE, i, change, NULL });
    }
    int top = top_bar(a, m);
    int back_y = bottom_back(a, m);
    int bw = (int)(420 * m->s);
    ui_button_add(&a->ui, (SDL_Rect){ end_x(a, m, bw), back_y, bw, m->btn_h }, app_s(a, "ui.check.continue"),
                  ACT_CONTINUE, 0, th->primary, th->primary_fg, 0, TEXT_BOLD, m->body);
    draw_pages(a, m, &p, top, back_y - m->gap);
}
