/* result.c: the result: what to do first, the other services as compact cards, why, and for a
 * practitioner the level, consent and a summary to carry into the referral (issues 19 and 21). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "decision.h"
#include "screens.h"

/* What a family can take away in a QR code, nothing printed or kept: the
 * service's web address, or its phone number as a "tel:" link. NULL if none. */
static const char *take_away(app *a, const char *contact, const char *url)
{
    if (*url) return app_printf(a, "%s%s", strncmp(url, "http", 4) ? "https://" : "", url);
    /* The leading digits of the contact, e.g. "0808 800 5000 (Monday ...)". */
    char digits[24];
    int d = 0;
    for (const char *c = contact; *c && *c != '(' && *c != ';' && d + 1 < (int)sizeof digits; c++)
        if (*c >= '0' && *c <= '9') digits[d++] = *c;
    digits[d] = 0;
    return d >= 3 ? app_printf(a, "tel:%s", digits) : NULL;
}

/* A card's whole "how": what happens, how to reach it (for a practitioner, with its web address when it
 * also has a number: a family takes that away in the QR code), where it is, and the month it was checked. */
static const char *card_how(app *a, const cJSON *e, bool family)
{
    const char *contact = decision_str(e, "contact"), *url = decision_str(e, "url");
    const char *how = reach_line(a, *decision_str(e, "how") ? app_printf(a, "%s\n", decision_str(e, "how")) : "",
                                 contact, url);
    if (*contact && *url && !family) how = app_printf(a, "%s\n%s", how, url);
    if (*decision_str(e, "address")) how = app_printf(a, "%s\n%s %s", how, app_s(a, "ui.result.address"), decision_str(e, "address"));
    if (*decision_str(e, "checked")) how = app_printf(a, "%s (%s)", how, decision_str(e, "checked"));
    return how;
}

/* The first sentence of s (up to ". "), and no more than about max bytes of it, cut at a space with an
 * ellipsis: a compact card's one line on what a service is. */
static const char *first_sentence(app *a, const char *s, size_t max)
{
    const char *end = strstr(s, ". ");
    size_t n = end ? (size_t)(end - s) + 1 : strlen(s);
    if (n <= max) return app_printf(a, "%.*s", (int)n, s);
    size_t cut = max;
    while (cut > max / 2 && s[cut] != ' ') cut--;
    return app_printf(a, "%.*s\u2026", (int)cut, s);
}

/* A web address as a person reads it: without "https://" or "www.". */
static const char *plain_url(const char *url)
{
    if (!strncmp(url, "https://", 8)) url += 8;
    else if (!strncmp(url, "http://", 7)) url += 7;
    if (!strncmp(url, "www.", 4)) url += 4;
    return url;
}

/* What to do first, in full (with its take-away QR code for a family), then the other services as compact
 * cards: name, one line on what it is (for a practitioner, how to go about it), how to reach it. */
static void route_items(app *a, page_list *p, bool family, int from, int to)
{
    const cJSON *e;
    int shown = 0;
    cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(a->decision, "route")) {
        if (shown < from || shown >= to) {
            shown++;
            continue;
        }
        const char *contact = decision_str(e, "contact"), *url = decision_str(e, "url");
        if (shown == 0) {
            const char *qr = family ? take_away(a, contact, url) : NULL;
            add_item(p, (item){ IT_CARD, decision_str(e, "name"), family ? decision_str(e, "what") : NULL,
                                card_how(a, e, family), 0, 0, NULL, qr });
        } else {
            const char *reach = reach_line(a, "", contact, *contact ? "" : plain_url(url));
            if (*decision_str(e, "address")) reach = app_printf(a, "%s\n%s %s", reach, app_s(a, "ui.result.address"),
                                                                decision_str(e, "address"));
            if (*decision_str(e, "checked")) reach = app_printf(a, "%s (%s)", reach, decision_str(e, "checked"));
            const char *line = first_sentence(a, decision_str(e, family ? "what" : "how"), 110);
            add_item(p, (item){ IT_SMALL, decision_str(e, "name"), line, reach, 0, 0, NULL, NULL });
        }
        shown++;
    }
}

/* Did any reason of the decision read question qid? */
static bool led_to_result(const cJSON *d, const char *qid)
{
    const cJSON *r, *q;
    cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(d, "reasons"))
        cJSON_ArrayForEach(q, cJSON_GetObjectItemCaseSensitive(r, "questions"))
            if (cJSON_IsString(q) && !strcmp(q->valuestring, qid)) return true;
    return false;
}

/* A list set as small lines, four to a block: a list, not paragraphs, that can still run onto the next page. */
typedef struct line_list {
    page_list *p;
    const char *lines;
    int n;
} line_list;

static void list_line(app *a, line_list *l, const char *line)
{
    l->lines = app_printf(a, "%s%s\u2022 %s", l->lines ? l->lines : "", l->lines ? "\n" : "", line);
    if (++l->n % 4 == 0) {
        add_item(l->p, (item){ IT_MUTED, l->lines, NULL, NULL, 0, 0, NULL, NULL });
        l->lines = NULL;
    }
}

static void list_end(line_list *l)
{
    if (l->lines) add_item(l->p, (item){ IT_MUTED, l->lines, NULL, NULL, 0, 0, NULL, NULL });
    l->lines = NULL;
}

static void family_reasons(app *a, page_list *p)
{
    line_list l = { p, NULL, 0 };
    for (int i = 0; i < a->fl.nquestions; i++) {
        const cJSON *q = flow_question(&a->fl, i);
        const char *qid = decision_str(q, "id"), *aid = flow_answer_of(&a->fl, qid);
        if (!aid || !led_to_result(a->decision, qid)) continue;
        if (l.n == 0) add_item(p, (item){ IT_H2, app_s(a, "ui.result.family_why"), NULL, NULL, 0, 0, NULL, NULL });
        list_line(a, &l, app_printf(a, "%s %s", decision_str(q, "text"), answer_label(q, aid)));
    }
    list_end(&l);
}

/* What a practitioner carries into the referral (issue 21): the level in local words, the reasons, the
 * consent position, the child's front door and the date; nothing that identifies the child or family. On
 * screen and as a QR code of the same plain text. */
static void practitioner_summary(app *a, page_list *p)
{
    const cJSON *d = a->decision, *r;
    char day[32];
    time_t now = time(NULL);
    strftime(day, sizeof day, "%Y-%m-%d", localtime(&now));
    const char *reasons = "";
    int n = 0;
    cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(d, "reasons")) {
        if (++n > 4) break; /* a QR code a phone can still read; the screen lists them all */
        reasons = app_printf(a, "%s%s%s", reasons, *reasons ? "; " : "", decision_str(r, "because"));
    }
    const cJSON *fd = cJSON_GetObjectItemCaseSensitive(d, "front_door");
    const char *door = "";
    if (cJSON_IsObject(fd) && *decision_str(fd, "phone"))
        door = app_printf(a, " %s %s, %s %s%s%s%s.", app_s(a, "ui.summary.front_door"), decision_str(fd, "service"),
                          decision_str(fd, "name"), decision_str(fd, "phone"),
                          *decision_str(fd, "out_of_hours") ? "; " : "",
                          *decision_str(fd, "out_of_hours") ? app_s(a, "ui.escalation.out_of_hours") : "",
                          *decision_str(fd, "out_of_hours") ? app_printf(a, " %s", decision_str(fd, "out_of_hours")) : "");
    const char *why = *reasons ? app_printf(a, " %s: %s.", app_s(a, "ui.result.reasons"), reasons) : "";
    const char *text = app_printf(a, "%s %s. %s, %s.%s %s: %s%s %s %.12s.", app_s(a, "ui.summary.heading"), day,
                                  decision_str(d, "area_name"), decision_str(d, "local_level_label"), why,
                                  app_s(a, "ui.result.consent"), decision_str(d, "consent"), door,
                                  app_s(a, "ui.rules_version"), decision_str(d, "rules_version"));
    add_item(p, (item){ IT_CARD, app_s(a, "ui.summary.title"), NULL, text, 0, 0, NULL, text });
}

void screen_result(app *a, const metrics *m)
{
    const theme *th = a->th;
    const cJSON *d = a->decision;
    bool family = family_screen(a);
    page_list p = { .n = 0 };
    if (family) {
        add_item(&p, (item){ IT_H1, app_s(a, "ui.result.title"), NULL, NULL, 0, 0, NULL, NULL });
        /* What to do first comes first, so that it is never behind More (issue 21). */
        route_items(a, &p, true, 0, 1);
        /* A child who lives in another borough: whose services to contact, and that ours may not serve them. */
        if (*decision_str(d, "lives_elsewhere"))
            add_item(&p, (item){ IT_PANEL, decision_str(d, "lives_elsewhere"), NULL, NULL, 0, 0, NULL, NULL });
        /* The rules offer a private word when a safety question was "not sure" or "rather not say". */
        /* Where staff are called silently (issue 22), tapping it brings one; the words change only to say so. */
        if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(d, "talk_privately"))) {
            if (!alerts_on(&a->alerts))
                add_item(&p, (item){ IT_PANEL, app_s(a, "ui.result.talk_privately"), NULL, NULL, 0, 0, NULL, NULL });
            else if (a->private_word_asked)
                add_item(&p, (item){ IT_PANEL, app_s(a, "ui.result.talk_privately_asked"), NULL, NULL, 0, 0, NULL, NULL });
            else
                add_item(&p, (item){ IT_PANEL, app_s(a, "ui.result.talk_privately_tap"), NULL, NULL, ACT_PRIVATE_WORD, 0,
                                     NULL, NULL });
        }
        route_items(a, &p, true, 1, 7);
        /* Other children at home: the rules word it for a family only when they said there are some. */
        if (*decision_str(d, "other_children") && *decision_str(d, "think_family"))
            add_item(&p, (item){ IT_PANEL, decision_str(d, "think_family"), NULL, NULL, 0, 0, NULL, NULL });
        /* Forms and panels are for professionals: say who can ask for them. */
        if (decision_level(d) >= 2)
            add_item(&p, (item){ IT_MUTED, app_s(a, "ui.result.ask_professional"), NULL, NULL, 0, 0, NULL, NULL });
        family_reasons(a, &p);
    } else {
        add_item(&p, (item){ IT_H1, decision_str(d, "local_level_label"), NULL, NULL, 0, 0, NULL, NULL });
        const char *judged = screen_judge_note(a);
        if (judged) add_item(&p, (item){ IT_PANEL, judged, NULL, NULL, 0, 0, NULL, NULL });
        add_item(&p, (item){ IT_H2, app_s(a, "ui.result.route"), NULL, NULL, 0, 0, NULL, NULL });
        route_items(a, &p, false, 0, 1);
        if (*decision_str(d, "lives_elsewhere"))
            add_item(&p, (item){ IT_PANEL, decision_str(d, "lives_elsewhere"), NULL, NULL, 0, 0, NULL, NULL });
        route_items(a, &p, false, 1, 7);
        add_item(&p, (item){ IT_MUTED, decision_str(d, "responds"), NULL, NULL, 0, 0, NULL, NULL });
        /* Consent is said once, in the summary at the end (practitioner_summary), with the rest a referral needs. */
        add_item(&p, (item){ IT_PANEL, decision_str(d, "think_family"), NULL, NULL, 0, 0, NULL, NULL });
        if (cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(d, "reasons")) > 0)
            add_item(&p, (item){ IT_H2, app_s(a, "ui.result.reasons"), NULL, NULL, 0, 0, NULL, NULL });
        const cJSON *r;
        const char *level_word = app_s(a, "ui.result.level");
        line_list l = { &p, NULL, 0 };
        cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(d, "reasons"))
            list_line(a, &l, app_printf(a, "%s (%s %d)", decision_str(r, "because"), level_word,
                                        (int)cJSON_GetObjectItemCaseSensitive(r, "level")->valuedouble));
        list_end(&l);
        practitioner_summary(a, &p);
    }
    /* What to do in danger stays in sight on every page: in the bar across the top (issue 21). */
    int top = top_bar_saying(a, m, app_s(a, "ui.result.danger"));
    int by = a->h - m->btn_h - m->gap;
    int bw = (int)(300 * m->s);
    ui_button_add(&a->ui, (SDL_Rect){ start_x(a, m, bw), by, bw, m->btn_h }, app_s(a, "ui.result.finish"), ACT_FINISH,
                  0, th->primary, th->primary_fg, 0, TEXT_BOLD, m->body);
    if (!family) { /* beside Finish, in reading order */
        int jw = (int)(420 * m->s);
        screen_judge_button(a, m, (SDL_Rect){ screen_rtl(a) ? a->w - m->margin - bw - m->gap - jw : m->margin + bw + m->gap, by,
                                              jw, m->btn_h });
    }
    char footer[96];
    snprintf(footer, sizeof footer, "%s %.12s", app_s(a, "ui.rules_version"), decision_str(d, "rules_version"));
    int fw = (int)(520 * m->s);
    ui_text(&a->ui, (SDL_Rect){ end_x(a, m, fw), by + m->btn_h / 3, fw, 0 }, TEXT_REGULAR, m->small * 3 / 4 > 14 ? m->small * 3 / 4 : 14,
            th->muted, 1, footer);
    /* That this is a guide stays on every page, above Finish. */
    int w = a->w - 2 * m->margin;
    if (w > (int)(1500 * m->s)) w = (int)(1500 * m->s);
    int x = start_x(a, m, w);
    item guide = { IT_MUTED, decision_str(d, "guide_note"), NULL, NULL, 0, 0, NULL, NULL };
    int fy = by - item_height(a, m, &guide, w);
    draw_item(a, m, &guide, x, fy, w);
    draw_pages(a, m, &p, top, fy - m->gap / 2);
}
