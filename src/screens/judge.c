/* screen_judge.c: "My judgement differs": the practitioner picks the level they
 * would choose, in the area's own words, and a reason from a fixed list. Two
 * columns of buttons, no typing. Built-in English, like the staff screens. */
#include <stdio.h>
#include <string.h>

#include "app_staff.h"
#include "decision.h"
#include "judgement.h"
#include "screens.h"

const char *screen_judge_note(app *a)
{
    if (a->judge_level < 0 || a->judge_reason < 0) return NULL;
    if (!a->judged) return "Your judgement could not be recorded: the database is not available. Staff can see why.";
    cJSON *levels = judge_levels(a);
    const cJSON *lv = cJSON_GetArrayItem(levels, a->judge_level);
    const char *note = lv ? app_printf(a, "Your judgement is recorded: %s, because: %s.", judge_level_label(a, lv),
                                       judgement_reasons[a->judge_reason].label)
                          : NULL;
    cJSON_Delete(levels);
    return note;
}

static const char *judge_label(const app *a) { return a->judged ? "Change my judgement" : "My judgement differs"; }

int screen_judge_button_width(app *a, const metrics *m)
{
    return button_width(a, m, (int)(420 * m->s), judge_label(a));
}

void screen_judge_button(app *a, const metrics *m, SDL_Rect r)
{
    const theme *th = a->th;
    ui_button_add(&a->ui, r, judge_label(a), ACT_JUDGE_OPEN, 0, th->button, th->button_fg, th->button_border,
                  TEXT_REGULAR, m->body);
}

/* A column of choices under a title; the chosen one is filled. */
static void choices(app *a, const metrics *m, SDL_Rect col, const char *title, const char *const *labels, int n,
                    int chosen, int action)
{
    const theme *th = a->th;
    int y = col.y + ui_text(&a->ui, (SDL_Rect){ col.x, col.y, col.w, 0 }, TEXT_BOLD, m->body, th->heading, -1, title);
    y += m->gap / 2;
    int bh = m->btn_h;
    int room = col.y + col.h - y;
    if (n > 0 && n * (bh + m->gap) > room) bh = room / n - m->gap;
    if (bh < 44) bh = 44;
    for (int i = 0; i < n; i++) {
        bool on = i == chosen;
        ui_button_add(&a->ui, (SDL_Rect){ col.x, y, col.w, bh }, labels[i], action, i, on ? th->button_border : th->button,
                      on ? th->primary_fg : th->button_fg, th->button_border, on ? TEXT_BOLD : TEXT_REGULAR,
                      m->small);
        y += bh + m->gap;
    }
}

void screen_judge(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    int w = a->w - 2 * m->margin, x = m->margin, y = m->gap * 2;
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading, th->heading, -1, "My judgement differs");
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->fg, -1,
                 app_printf(a, "The kiosk said: %s. Choose the level you would choose, and why. It is kept with this "
                               "session, without names, so the partnership can review its thresholds. The advice on "
                               "the result does not change.",
                            decision_str(a->decision, "local_level_label")));
    y += m->gap;
    /* The area's levels, each a button; the one the kiosk chose is left out. */
    cJSON *levels = judge_levels(a);
    const char *labels[16];
    int index[16], n = 0;
    const cJSON *lv;
    int i = 0;
    cJSON_ArrayForEach(lv, levels) {
        const cJSON *c = cJSON_GetObjectItemCaseSensitive(lv, "continuum");
        bool same = cJSON_IsNumber(c) && c->valueint == decision_level(a->decision) &&
                    !strcmp(decision_str(lv, "name"), decision_str(a->decision, "local_level"));
        if (!same && n < 16) labels[n] = judge_level_label(a, lv), index[n++] = i;
        i++;
    }
    cJSON_Delete(levels);
    int chosen = -1;
    for (int k = 0; k < n; k++)
        if (index[k] == a->judge_level) chosen = k;
    const char *reasons[16];
    for (int k = 0; k < judgement_nreasons && k < 16; k++) reasons[k] = judgement_reasons[k].label;
    int bottom = a->h - m->btn_h - 2 * m->gap;
    bool two = w >= (int)(1000 * m->s);
    int cw = two ? (w - 2 * m->gap) * 2 / 5 : w;
    int first = u->nbuttons;
    if (two) {
        choices(a, m, (SDL_Rect){ x, y, cw, bottom - y }, "The level I would choose", labels, n, chosen, ACT_JUDGE_LEVEL);
        choices(a, m, (SDL_Rect){ x + cw + 2 * m->gap, y, w - cw - 2 * m->gap, bottom - y }, "Why", reasons,
                judgement_nreasons, a->judge_reason, ACT_JUDGE_REASON);
    } else {
        int half = text_line_height(a->tx, TEXT_BOLD, m->body) + m->gap / 2 + n * (m->btn_h + m->gap) + m->gap;
        if (half > (bottom - y) * (n + 1) / (n + judgement_nreasons + 2)) half = (bottom - y) * (n + 1) / (n + judgement_nreasons + 2);
        choices(a, m, (SDL_Rect){ x, y, w, half }, "The level I would choose", labels, n, chosen, ACT_JUDGE_LEVEL);
        choices(a, m, (SDL_Rect){ x, y + half, w, bottom - y - half }, "Why", reasons, judgement_nreasons,
                a->judge_reason, ACT_JUDGE_REASON);
    }
    /* Level buttons carry the level's index in the area's list, not their place on screen. */
    for (int b = first; b < u->nbuttons; b++)
        if (u->buttons[b].action == ACT_JUDGE_LEVEL) u->buttons[b].arg = index[u->buttons[b].arg];
    int by = a->h - m->btn_h - m->gap, bw = (int)(560 * m->s), cbw = (int)(300 * m->s);
    bool ready = a->judge_level >= 0 && a->judge_reason >= 0;
    ui_button_add(u, (SDL_Rect){ x, by, bw, m->btn_h }, ready ? "Save my judgement" : "Choose a level and a reason",
                  ACT_JUDGE_SAVE, 0, ready ? th->primary : th->button, ready ? th->primary_fg : th->muted,
                  ready ? 0 : th->button_border, TEXT_BOLD, m->body);
    ui_button_add(u, (SDL_Rect){ a->w - m->margin - cbw, by, cbw, m->btn_h }, "Cancel", ACT_JUDGE_CANCEL, 0, th->button,
                  th->button_fg, th->button_border, TEXT_REGULAR, m->body);
}
