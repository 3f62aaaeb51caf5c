/* screens_training.c: the training screens: the trainer's setup, the case,
 * the trainee's choice, the feedback and the score.
 *
 * Training is for staff, so its words are English (train.* in lang/en.lua).
 * Long text is paged like the result screen, never shrunk. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "decision.h"
#include "screens.h"

static int content_width(const app *a, const metrics *m)
{
    int w = a->w - 2 * m->margin;
    return w > (int)(1400 * m->s) ? (int)(1400 * m->s) : w;
}

/* A button at the reading start or end of the bottom row. */
static void bottom_button(app *a, const metrics *m, bool at_end, bool primary, const char *label, int action, int arg)
{
    const theme *th = a->th;
    int w = (int)(420 * m->s), y = a->h - m->btn_h - m->gap;
    ui_button_add(&a->ui, (SDL_Rect){ at_end ? end_x(a, m, w) : start_x(a, m, w), y, w, m->btn_h }, label, action, arg,
                  primary ? th->primary : th->button, primary ? th->primary_fg : th->button_fg,
                  primary ? 0 : th->button_border, primary ? TEXT_BOLD : TEXT_REGULAR, m->body);
}

static int bottom_row_top(const app *a, const metrics *m) { return a->h - m->btn_h - m->gap; }

static void setup_screen(app *a, const metrics *m)
{
    const theme *th = a->th;
    training *t = &a->tr;
    int y = top_bar(a, m), w = content_width(a, m), x = start_x(a, m, w);
    y += ui_text(&a->ui, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading, th->heading, -1, app_s(a, "train.setup.title"));
    y += m->gap;
    y += ui_text(&a->ui, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->body, th->fg, -1, app_s(a, "train.setup.intro"));
    y += m->gap * 2;
    const char *area = app_printf(a, "%s %s", app_s(a, "train.setup.area"), t->area_name);
    ui_button_add(&a->ui, (SDL_Rect){ x, y, w, m->btn_h }, area, ACT_TRAIN_AREA, 0, th->button, th->button_fg,
                  th->button_border, TEXT_REGULAR, m->body);
    y += m->btn_h + m->gap;
    const char *set = app_printf(a, "%s %s (%d)", app_s(a, "train.setup.cases"), training_set_name(t, t->set),
                                 training_set_size(t, t->set));
    ui_button_add(&a->ui, (SDL_Rect){ x, y, w, m->btn_h }, set, ACT_TRAIN_SET, 0, th->button, th->button_fg,
                  th->button_border, TEXT_REGULAR, m->body);
    bottom_back(a, m);
    bottom_button(a, m, true, true, app_s(a, "train.setup.start"), ACT_TRAIN_START, 0);
}

static void case_screen(app *a, const metrics *m)
{
    training *t = &a->tr;
    page_list p = { .n = 0 };
    char progress[64];
    format_counts(progress, sizeof progress, app_s(a, "train.case.progress"), t->current + 1, t->ncases);
    add_item(&p, (item){ .kind = IT_MUTED, .a = app_printf(a, "%s", progress) });
    add_item(&p, (item){ .kind = IT_H1, .a = decision_str(t->c, "title") });
    add_item(&p, (item){ .kind = IT_BODY, .a = decision_str(t->c, "story") });
    int top = top_bar(a, m);
    bottom_button(a, m, false, false, app_s(a, "train.case.end"), ACT_FINISH, 0);
    bottom_button(a, m, true, true, app_s(a, "train.case.decide"), ACT_TRAIN_DECIDE, 0);
    draw_pages(a, m, &p, top, bottom_row_top(a, m) - m->gap);
}

/* A column of choice buttons under a small heading; the chosen one is marked. */
static void choices(app *a, const metrics *m, SDL_Rect col, const char *heading, const cJSON *list, const char *field,
                    int chosen, int action, int bh)
{
    const theme *th = a->th;
    int y = col.y + ui_text(&a->ui, (SDL_Rect){ col.x, col.y, col.w, 0 }, TEXT_BOLD, m->body, th->heading, -1, heading);
    y += m->gap / 2;
    int i = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, list) {
        bool on = i == chosen;
        ui_button_add(&a->ui, (SDL_Rect){ col.x, y, col.w, bh }, decision_str(it, field), action, i,
                      on ? th->button_border : th->button, on ? th->primary_fg : th->button_fg, th->button_border,
                      on ? TEXT_BOLD : TEXT_REGULAR, m->small);
        y += bh + m->gap / 2;
        i++;
    }
}

static void choose_screen(app *a, const metrics *m)
{
    const theme *th = a->th;
    training *t = &a->tr;
    /* The whole width: two columns of labels that may be long (the City's level names). */
    int y = top_bar(a, m), w = a->w - 2 * m->margin, x = start_x(a, m, w);
    y += ui_text(&a->ui, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading, th->heading, -1, app_s(a, "train.choose.title"));
    if (t->incomplete && (t->chosen_level < 0 || t->chosen_action < 0))
        y += ui_text(&a->ui, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->body, th->fg, -1, app_s(a, "train.choose.incomplete"));
    y += m->gap;
    int bottom = bottom_row_top(a, m) - m->gap;
    int nl = cJSON_GetArraySize(t->levels), na = cJSON_GetArraySize(t->actions);
    const char *level_heading = app_printf(a, "%s (%s)", app_s(a, "train.choose.level"), t->area_name);
    int head_h = text_line_height(a->tx, TEXT_BOLD, m->body) + m->gap / 2;
    /* Side by side when the screen is wide; one under the other when it is tall. */
    bool side = a->w > a->h;
    int rows = side ? (nl > na ? nl : na) : nl + na;
    int heads = side ? 1 : 2;
    int room = bottom - y - heads * head_h - (side ? 0 : m->gap);
    int bh = rows ? room / rows - m->gap / 2 : m->btn_h;
    if (bh > m->btn_h) bh = m->btn_h;
    if (bh < (int)(66 * m->s)) bh = (int)(66 * m->s);
    if (bh < 44) bh = 44;
    if (side) {
        int cw = (w - m->gap) / 2;
        SDL_Rect left = { x, y, cw, 0 }, right = { x + cw + m->gap, y, cw, 0 };
        if (text_rtl(a->tx)) left.x = x + cw + m->gap, right.x = x;
        choices(a, m, left, level_heading, t->levels, "label", t->chosen_level, ACT_TRAIN_LEVEL, bh);
        choices(a, m, right, app_s(a, "train.choose.action"), t->actions, "label", t->chosen_action, ACT_TRAIN_ACTION, bh);
    } else {
        choices(a, m, (SDL_Rect){ x, y, w, 0 }, level_heading, t->levels, "label", t->chosen_level, ACT_TRAIN_LEVEL, bh);
        y += head_h + nl * (bh + m->gap / 2) + m->gap;
        choices(a, m, (SDL_Rect){ x, y, w, 0 }, app_s(a, "train.choose.action"), t->actions, "label", t->chosen_action,
                ACT_TRAIN_ACTION, bh);
    }
    bottom_button(a, m, false, false, app_s(a, "train.choose.reread"), ACT_BACK, 0);
    bottom_button(a, m, true, true, app_s(a, "train.choose.check"), ACT_TRAIN_CHECK, 0);
}

static const char *verdict(app *a, const char *what, bool right)
{
    return app_printf(a, "%s: %s", what, app_s(a, right ? "train.feedback.right" : "train.feedback.wrong"));
}

static void feedback_screen(app *a, const metrics *m)
{
    training *t = &a->tr;
    const cJSON *d = t->decision;
    const training_answer *ans = &t->answers[t->nanswers - 1];
    const cJSON *chosen = cJSON_GetArrayItem(t->levels, t->chosen_level);
    page_list p = { .n = 0 };
    const char *you = app_s(a, "train.feedback.you"), *rules = app_s(a, "train.feedback.rules");
    add_item(&p, (item){ .kind = IT_H1, .a = decision_str(t->c, "title") });
    bool level_right = training_level_right(ans), action_right = training_action_right(ans);
    const char *rules_level = app_printf(a, "%s (Continuum level %d).", decision_str(d, "local_level_label"), ans->rules_level);
    add_item(&p, (item){ .kind = IT_H2, .a = verdict(a, app_s(a, "train.feedback.level"), level_right) });
    if (level_right && !strcmp(ans->chosen_local, ans->rules_local))
        add_item(&p, (item){ .kind = IT_BODY, .a = rules_level });
    else if (level_right) /* an area's split level: 2a where the rules say 2b */
        add_item(&p, (item){ .kind = IT_BODY, .a = app_printf(a, "%s %s. %s %s", you, decision_str(chosen, "label"),
                                                              app_s(a, "train.feedback.local_differs"), rules_level) });
    else
        add_item(&p, (item){ .kind = IT_BODY, .a = app_printf(a, "%s %s. %s %s", you, decision_str(chosen, "label"),
                                                              rules, rules_level) });
    add_item(&p, (item){ .kind = IT_H2, .a = verdict(a, app_s(a, "train.feedback.action"), action_right) });
    const char *rules_action = training_action_label(t, ans->rules_action);
    add_item(&p, (item){ .kind = IT_BODY, .a = action_right ? app_printf(a, "%s.", rules_action)
                                                            : app_printf(a, "%s %s. %s %s.", you,
                                                                         training_action_label(t, ans->chosen_action),
                                                                         rules, rules_action) });
    const cJSON *esc = cJSON_GetObjectItemCaseSensitive(d, "escalation");
    if (cJSON_IsObject(esc))
        add_item(&p, (item){ .kind = IT_PANEL, .a = app_printf(a, "%s: %s", app_s(a, "train.feedback.redflag"),
                                                               decision_str(esc, "text")) });
    /* The teaching points first: they are what the trainee came for. */
    add_item(&p, (item){ .kind = IT_H2, .a = app_s(a, "train.feedback.teaching") });
    const cJSON *r;
    cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(t->c, "teaching"))
        if (cJSON_IsString(r)) add_item(&p, (item){ .kind = IT_BODY, .a = app_printf(a, "\xe2\x80\xa2 %s", r->valuestring) });
    add_item(&p, (item){ .kind = IT_H2, .a = app_s(a, "train.feedback.why") });
    int nreasons = 0;
    cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(d, "reasons")) {
        add_item(&p, (item){ .kind = IT_BODY, .a = app_printf(a, "%s (level %d)", decision_str(r, "because"),
                                                              (int)cJSON_GetObjectItemCaseSensitive(r, "level")->valuedouble) });
        nreasons++;
    }
    if (!nreasons) add_item(&p, (item){ .kind = IT_BODY, .a = app_s(a, "train.feedback.none") });
    const cJSON *strengths = cJSON_GetObjectItemCaseSensitive(d, "strengths");
    if (cJSON_GetArraySize(strengths) > 0) {
        add_item(&p, (item){ .kind = IT_H2, .a = app_s(a, "train.feedback.strengths") });
        cJSON_ArrayForEach(r, strengths) if (cJSON_IsString(r)) add_item(&p, (item){ .kind = IT_BODY, .a = r->valuestring });
    }
    add_item(&p, (item){ .kind = IT_H2, .a = app_printf(a, "%s %s", app_s(a, "train.feedback.route"),
                                                        t->area_name) });
    int shown = 0;
    cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(d, "route")) {
        const char *how = reach_line(a, app_printf(a, "%s\n", decision_str(r, "how")), decision_str(r, "contact"),
                                     decision_str(r, "url"));
        add_item(&p, (item){ .kind = IT_CARD, .a = decision_str(r, "name"), .c = how });
        if (++shown == 6) break;
    }
    add_item(&p, (item){ .kind = IT_H2, .a = app_s(a, "train.feedback.consent") });
    add_item(&p, (item){ .kind = IT_BODY, .a = decision_str(d, "consent") });
    int top = top_bar(a, m);
    bool last = t->current + 1 >= t->ncases;
    bottom_button(a, m, true, true, app_s(a, last ? "train.feedback.score" : "train.feedback.next"), ACT_TRAIN_NEXT, 0);
    draw_pages(a, m, &p, top, bottom_row_top(a, m) - m->gap);
}

static void score_screen(app *a, const metrics *m)
{
    training *t = &a->tr;
    int levels = 0, actions = 0, missed = 0;
    for (int i = 0; i < t->nanswers; i++) {
        levels += training_level_right(&t->answers[i]);
        actions += training_action_right(&t->answers[i]);
    }
    page_list p = { .n = 0 };
    add_item(&p, (item){ .kind = IT_H1, .a = app_s(a, "train.score.title") });
    add_item(&p, (item){ .kind = IT_PANEL, .a = app_printf(a, "%s %d / %d\n%s %d / %d", app_s(a, "train.score.levels"),
                                                           levels, t->nanswers, app_s(a, "train.score.actions"),
                                                           actions, t->nanswers) });
    add_item(&p, (item){ .kind = IT_H2, .a = app_s(a, "train.score.revisit") });
    const char *you = app_s(a, "train.feedback.you"), *rules = app_s(a, "train.feedback.rules");
    for (int i = 0; i < t->nanswers; i++) {
        const training_answer *x = &t->answers[i];
        if (training_level_right(x) && training_action_right(x)) continue;
        missed++;
        add_item(&p, (item){ .kind = IT_CARD, .a = x->title,
                             .c = app_printf(a, "%s %s (level %d); %s.\n%s %s (level %d); %s.", you, x->chosen_local,
                                             x->chosen_level, training_action_label(t, x->chosen_action), rules,
                                             x->rules_local, x->rules_level, training_action_label(t, x->rules_action)) });
    }
    if (!missed) add_item(&p, (item){ .kind = IT_BODY, .a = app_s(a, "train.score.none") });
    add_item(&p, (item){ .kind = IT_MUTED, .a = app_s(a, "train.score.note") });
    int top = top_bar(a, m);
    bottom_button(a, m, false, true, app_s(a, "ui.result.finish"), ACT_FINISH, 0);
    if (missed) bottom_button(a, m, true, false, app_s(a, "train.score.again"), ACT_TRAIN_AGAIN, 0);
    draw_pages(a, m, &p, top, bottom_row_top(a, m) - m->gap);
}

void screens_training(app *a, const metrics *m)
{
    if (!a->tr.levels) return; /* wiped: app_act moves on to the start screen */
    switch (a->screen) {
    case SCREEN_TRAIN_SETUP: setup_screen(a, m); break;
    case SCREEN_TRAIN_CASE: if (a->tr.c) case_screen(a, m); break;
    case SCREEN_TRAIN_CHOOSE: if (a->tr.c) choose_screen(a, m); break;
    case SCREEN_TRAIN_FEEDBACK: if (a->tr.c && a->tr.nanswers > 0) feedback_screen(a, m); break;
    case SCREEN_TRAIN_SCORE: score_screen(a, m); break;
    default: break;
    }
}
