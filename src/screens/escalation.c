/* escalation.c: what to do now (999, the front door today, tell a member of staff), the child's front
 * door with its number to call now, and why. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "decision.h"
#include "screens.h"

void screen_escalation(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(a->decision, "escalation");
    ui_rect(u, (SDL_Rect){ 0, 0, a->w, a->h }, th->danger_bg);
    int y = m->gap;
    int w = a->w - 2 * m->margin, x = start_x(a, m, w);
    int exit_w = 0;
    if (family_screen(a)) {
        exit_w = (int)(300 * m->s);
        ui_button_add(u, (SDL_Rect){ end_x(a, m, exit_w), y, exit_w, m->btn_h }, app_s(a, "ui.quick_exit"),
                      ACT_QUICK_EXIT, 0, th->exit, th->exit_fg, th->danger_fg, TEXT_BOLD, m->body);
    }
    read_aloud_button(a, m, y, exit_w, th->danger_fg);
    y = m->bar_h + m->gap;
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading * 3 / 2, th->danger_fg, -1,
                 decision_str(e, "text"));
    y += m->gap;
    /* Where to turn: the child's front door, its number to call now in large type (out of office hours,
     * the out-of-hours line first), the other number after it; or who to ask when none is sourced. */
    const char *fd = decision_str(e, "front_door"), *first = decision_str(e, "contact");
    if (*fd && !*first) { /* no number the kiosk knows (outside London): what to do, or who to ask */
        const char *next = decision_str(e, "next");
        y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->body, th->danger_fg, -1,
                     *next ? next : reach_line(a, app_printf(a, "%s. ", fd), "", ""));
    } else if (*fd) {
        y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->body, th->danger_fg, -1, app_printf(a, "%s:", fd));
        {
            /* Large for a practitioner told to call the front door; smaller where 999, or telling a member
             * of staff, comes first. */
            bool first_step = !family_screen(a) && strcmp(decision_str(e, "kind"), "emergency");
            y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, first_step ? m->heading * 3 / 2 : m->heading,
                         th->danger_fg, -1, first);
            const char *then = decision_str(e, "contact_then"), *now = decision_str(e, "now");
            if (*now) y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->body, th->danger_fg, -1, now);
            if (*then)
                y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->body, th->danger_fg, -1,
                             app_printf(a, "%s %s", app_s(a, *now ? "ui.escalation.day_line" : "ui.escalation.out_of_hours"), then));
        }
        if (!family_screen(a) && *decision_str(e, "next"))
            y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->body, th->danger_fg, -1, decision_str(e, "next"));
    }
    y += m->gap;
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->body, th->danger_fg, -1, app_s(a, "ui.escalation.why"));
    const cJSON *r;
    int bottom = a->h - m->btn_h - 2 * m->gap;
    cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(a->decision, "reasons")) {
        /* Why: every level 4 reason; at level 3 (a same-day consultation) the red flags' own words, which
         * are written for a family as well as a practitioner. */
        int lv = (int)cJSON_GetObjectItemCaseSensitive(r, "level")->valuedouble;
        if (lv < 3 || (lv == 3 && !cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(r, "redflag")))) continue;
        int h = ui_text_height(u, TEXT_REGULAR, m->body, w, decision_str(r, "because"));
        if (y + h > bottom) break;
        y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->body, th->danger_fg, -1, decision_str(r, "because"));
    }
    int bw = (int)(420 * m->s);
    ui_button_add(u, (SDL_Rect){ start_x(a, m, bw), a->h - m->btn_h - m->gap, bw, m->btn_h },
                  app_s(a, "ui.escalation.done"), ACT_ESC_DONE, 0, th->danger_fg, th->danger_bg, 0, TEXT_BOLD, m->body);
}
