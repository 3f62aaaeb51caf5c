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
static const char *first_sentence(app *a, const char *s, size_t max);

static const char *card_how(app *a, const cJSON *e, bool contact_in_title, bool compact)
{
    const char *contact = decision_str(e, "contact"), *url = decision_str(e, "url");
    /* Compact: how to go about it in its first sentence, so that the card fits under the title (below). */
    const char *how_text = compact ? first_sentence(a, decision_str(e, "how"), 120) : decision_str(e, "how");
    /* A family's contact is in the card's title, in large type (route_items); a practitioner's is here, under
     * how to go about it. An address or who to ask is said here. A web address beside a number is not
     * repeated: a family takes it away in the card's own code, a practitioner in the summary's. */
    const char *how = contact_in_title ? how_text
                                       : reach_line(a, *how_text ? app_printf(a, "%s\n", how_text) : "", contact, url);
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

/* A contact as a compact card gives it: the numbers and the short notes beside them ("out of hours",
 * "free, 24 hours"), without the long opening hours the first card and the service's own page give. */
static const char *short_contact(app *a, const char *contact)
{
    char out[256];
    size_t o = 0;
    for (const char *c = contact; *c && o + 1 < sizeof out; c++) {
        if (*c == '(') {
            const char *end = strchr(c, ')');
            if (end && end - c > 17) {
                while (o > 0 && out[o - 1] == ' ') o--;
                c = end;
                continue;
            }
        }
        out[o++] = *c;
    }
    out[o] = 0;
    return app_printf(a, "%s", out);
}

/* A web address as a person reads it: without "https://" or "www.". */
static const char *plain_url(const char *url)
{
    if (!strncmp(url, "https://", 8)) url += 8;
    else if (!strncmp(url, "http://", 7)) url += 7;
    if (!strncmp(url, "www.", 4)) url += 4;
    return url;
}

/* Services after the first two compact cards: one paragraph, each by its name and how to reach it. */
enum { COMPACT_CARDS = 2 };

static const char *also_line(app *a, const char *also, const cJSON *e)
{
    const char *contact = decision_str(e, "contact"), *url = decision_str(e, "url");
    const char *reach = *contact ? short_contact(a, contact) : *url ? plain_url(url) : app_s(a, "ui.result.ask_staff");
    return app_printf(a, "%s%s%s: %s", also ? also : app_s(a, "ui.result.also"), also ? "; " : " ",
                      decision_str(e, "name"), reach);
}

/* What to do first, in full (with its take-away QR code for a family), then the other services as compact
 * cards: name, one line on what it is (for a practitioner, how to go about it), how to reach it; past two of
 * them, the rest in one paragraph by name and contact, so that a result stays on one page (issue 21). */
static void route_items(app *a, page_list *p, bool family, int from, int to, bool compact)
{
    const cJSON *e;
    int shown = 0;
    const char *also = NULL;
    cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(a->decision, "route")) {
        if (shown < from || shown >= to) {
            shown++;
            continue;
        }
        const char *contact = decision_str(e, "contact"), *url = decision_str(e, "url");
        if (shown > COMPACT_CARDS) {
            also = also_line(a, also, e);
        } else if (shown == 0) {
            const char *qr = family ? take_away(a, contact, url) : NULL;
            /* What to do now; for a family, its number in the card's large type under its name (issue 21). */
            bool big = *contact && family && !a->large_text; /* larger text makes the whole card large already */
            const char *title = big ? app_printf(a, "%s\n%s", decision_str(e, "name"), reach_line(a, "", contact, ""))
                                    : decision_str(e, "name");
            add_item(p, (item){ IT_CARD, title, family && !compact ? decision_str(e, "what") : NULL,
                                card_how(a, e, big, compact), 0, 0, NULL, qr });
        } else {
            const char *reach = reach_line(a, "", *contact ? short_contact(a, contact) : "", *contact ? "" : plain_url(url));
            if (*decision_str(e, "address")) reach = app_printf(a, "%s\n%s %s", reach, app_s(a, "ui.result.address"),
                                                                decision_str(e, "address"));
            if (*decision_str(e, "checked")) reach = app_printf(a, "%s (%s)", reach, decision_str(e, "checked"));
            const char *line = first_sentence(a, decision_str(e, family ? "what" : "how"), 70);
            add_item(p, (item){ IT_SMALL, decision_str(e, "name"), line, reach, 0, 0, NULL, NULL });
        }
        shown++;
    }
    if (also) add_item(p, (item){ IT_MUTED, also, NULL, NULL, 0, 0, NULL, NULL });
}

/* The highest level of the reasons of the decision that read question qid (0: none read it). */
static int level_of_answer(const cJSON *d, const char *qid)
{
    const cJSON *r, *q;
    int level = 0;
    cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(d, "reasons"))
        cJSON_ArrayForEach(q, cJSON_GetObjectItemCaseSensitive(r, "questions"))
            if (cJSON_IsString(q) && !strcmp(q->valuestring, qid)) {
                int l = (int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(r, "level"));
                if (l > level) level = l;
                if (l < 1 && level < 1) level = 1;
            }
    return level;
}

/* A list set as small lines in the side column, four to a block: a list, not paragraphs, that can still run
 * onto the next page. */
typedef struct line_list {
    page_list *p;
    const char *lines;
    int n;
} line_list;

static void list_line(app *a, line_list *l, const char *line)
{
    l->lines = app_printf(a, "%s%s\u2022 %s", l->lines ? l->lines : "", l->lines ? "\n" : "", line);
    if (++l->n % 4 == 0) {
        add_side(l->p, (item){ IT_MUTED, l->lines, NULL, NULL, 0, 0, NULL, NULL });
        l->lines = NULL;
    }
}

static void list_end(line_list *l)
{
    if (l->lines) add_side(l->p, (item){ IT_MUTED, l->lines, NULL, NULL, 0, 0, NULL, NULL });
    l->lines = NULL;
}

/* What the family said that led here: the answers behind the highest levels first, at most FAMILY_WHY of them
 * and then how many more, so that the why stays a short list beside the services (issue 21). */
enum { FAMILY_WHY = 4 };

static void family_reasons(app *a, page_list *p)
{
    line_list l = { p, NULL, 0 };
    int more = 0;
    for (int want = 4; want >= 1; want--) /* levels 4 down to 1, in question order within each */
        for (int i = 0; i < a->fl.nquestions; i++) {
            const cJSON *q = flow_question(&a->fl, i);
            const char *qid = decision_str(q, "id"), *aid = flow_answer_of(&a->fl, qid);
            if (!aid || level_of_answer(a->decision, qid) != want) continue;
            if (l.n >= FAMILY_WHY) {
                more++;
                continue;
            }
            if (l.n == 0) add_side(p, (item){ IT_H2, app_s(a, "ui.result.family_why"), NULL, NULL, 0, 0, NULL, NULL });
            list_line(a, &l, app_printf(a, "%s %s", decision_str(q, "text"), answer_label(q, aid)));
        }
    if (more) {
        char line[160];
        format_counts(line, sizeof line, app_s(a, "ui.result.more_answers"), more, 0);
        list_line(a, &l, line);
    }
    list_end(&l);
}

/* A practitioner's reasons, one short paragraph a level, highest first ("Level of need 3: a; b."), at most
 * PRACTITIONER_WHY of them on screen and then how many more: the summary's code carries six. */
enum { PRACTITIONER_WHY = 3 };

static void practitioner_reasons(app *a, page_list *p)
{
    const cJSON *d = a->decision, *r;
    if (cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(d, "reasons")) > 0)
        add_side(p, (item){ IT_H2, app_s(a, "ui.result.reasons"), NULL, NULL, 0, 0, NULL, NULL });
    int shown = 0, more = 0;
    const char *line = NULL;
    for (int want = 4; want >= 1; want--) {
        if (line) add_side(p, (item){ IT_MUTED, line, NULL, NULL, 0, 0, NULL, NULL });
        line = NULL;
        cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(d, "reasons")) {
            int level = (int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(r, "level"));
            if ((level < 1 ? 1 : level) != want) continue;
            if (shown >= PRACTITIONER_WHY) {
                more++;
                continue;
            }
            shown++;
            line = line ? app_printf(a, "%s; %s", line, decision_str(r, "because"))
                        : app_printf(a, "%s %d: %s", app_s(a, "ui.result.level"), want, decision_str(r, "because"));
        }
    }
    if (more) { /* said at the end of the last paragraph: a line of its own cost a row */
        char count[160];
        format_counts(count, sizeof count, app_s(a, "ui.result.more_reasons"), more, 0);
        line = app_printf(a, "%s%s(%s)", line ? line : "", line ? " " : "", count);
    }
    if (line) add_side(p, (item){ IT_MUTED, line, NULL, NULL, 0, 0, NULL, NULL });
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
        if (++n > 6) break; /* a QR code a phone can still read */
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
    /* The first route's web address (a referral form): the card gives its number. */
    const cJSON *first = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(d, "route"), 0);
    if (first && *decision_str(first, "url"))
        why = app_printf(a, "%s %s: %s.", why, decision_str(first, "name"), decision_str(first, "url"));
    const char *text = app_printf(a, "%s %s. %s, %s.%s %s: %s%s %s %.12s.", app_s(a, "ui.summary.heading"), day,
                                  decision_str(d, "area_name"), decision_str(d, "local_level_label"), why,
                                  app_s(a, "ui.result.consent"), decision_str(d, "consent"), door,
                                  app_s(a, "ui.rules_version"), decision_str(d, "rules_version"));
    /* On screen beside the code, what the rest of the result does not already say; the code carries it all. */
    add_item(p, (item){ IT_MUTED, app_printf(a, "%s: %s", app_s(a, "ui.result.consent"), decision_str(d, "consent")),
                        NULL, NULL, 0, 0, NULL, NULL });
    const char *shown = *door ? door + 1 : app_printf(a, "%s", day); /* the date is in the code; day is this frame's */
    /* The code on a tap: drawn large enough for a phone, it would push the result onto a second page. */
    if (a->summary_code)
        add_side(p, (item){ IT_CARD, app_s(a, "ui.summary.title"), NULL, shown, ACT_SUMMARY_CODE, 0, NULL, text });
    else
        add_side(p, (item){ IT_CARD, app_s(a, "ui.summary.title"), NULL, shown, ACT_SUMMARY_CODE, 0,
                            app_s(a, "ui.summary.show_code"), NULL });
}

/* The result's items, in reading order; *first is the index of what to do first (its card), or -1.
 * compact: that card says how to go about it in one sentence (screen_result). */
static void result_items(app *a, page_list *p, bool compact, int *first)
{
    const cJSON *d = a->decision;
    bool family = family_screen(a);
    *p = (page_list){ .n = 0 };
    if (family) {
        /* "Where to get help" gives way to the first service where both would not fit (larger text). */
        p->title_yields = true;
        add_item(p, (item){ IT_H1, app_s(a, "ui.result.title"), NULL, NULL, 0, 0, NULL, NULL });
        /* What to do first comes first, so that it is never behind More (issue 21). */
        *first = p->n;
        route_items(a, p, true, 0, 1, compact);
        /* A child who lives in another borough: whose services to contact, and that ours may not serve them. */
        if (*decision_str(d, "lives_elsewhere"))
            add_item(p, (item){ IT_PANEL, decision_str(d, "lives_elsewhere"), NULL, NULL, 0, 0, NULL, NULL });
        /* The rules offer a private word when a safety question was "not sure" or "rather not say". */
        /* Where staff are called silently (issue 22), tapping it brings one; the words change only to say so. */
        if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(d, "talk_privately"))) {
            if (!alerts_on(&a->alerts))
                add_side(p, (item){ IT_PANEL, app_s(a, "ui.result.talk_privately"), NULL, NULL, 0, 0, NULL, NULL });
            else if (a->private_word_asked)
                add_side(p, (item){ IT_PANEL, app_s(a, "ui.result.talk_privately_asked"), NULL, NULL, 0, 0, NULL, NULL });
            else
                add_side(p, (item){ IT_PANEL, app_s(a, "ui.result.talk_privately_tap"), NULL, NULL, ACT_PRIVATE_WORD, 0,
                                     NULL, NULL });
        }
        route_items(a, p, true, 1, 7, false);
        /* Other children at home: the rules word it for a family only when they said there are some. */
        if (*decision_str(d, "other_children") && *decision_str(d, "think_family"))
            add_side(p, (item){ IT_PANEL, decision_str(d, "think_family"), NULL, NULL, 0, 0, NULL, NULL });
        /* Forms and panels are for professionals: say who can ask for them. */
        if (decision_level(d) >= 2)
            add_side(p, (item){ IT_MUTED, app_s(a, "ui.result.ask_professional"), NULL, NULL, 0, 0, NULL, NULL });
        family_reasons(a, p);
    } else {
        add_item(p, (item){ IT_H1, decision_str(d, "local_level_label"), NULL, NULL, 0, 0, NULL, NULL });
        const char *judged = screen_judge_note(a);
        if (judged) add_item(p, (item){ IT_PANEL, judged, NULL, NULL, 0, 0, NULL, NULL });
        *first = p->n;
        route_items(a, p, false, 0, 1, compact);
        if (*decision_str(d, "lives_elsewhere")) /* a line for a practitioner; a family's panel says it louder */
            add_item(p, (item){ IT_MUTED, decision_str(d, "lives_elsewhere"), NULL, NULL, 0, 0, NULL, NULL });
        route_items(a, p, false, 1, 7, false);
        add_side(p, (item){ IT_MUTED, decision_str(d, "responds"), NULL, NULL, 0, 0, NULL, NULL });
        /* Consent is said once, in the summary at the end (practitioner_summary), with the rest a referral needs. */
        /* A reminder a practitioner knows: a line, not a panel (issue 21). */
        add_side(p, (item){ IT_MUTED, decision_str(d, "think_family"), NULL, NULL, 0, 0, NULL, NULL });
        practitioner_reasons(a, p);
        practitioner_summary(a, p);
    }
}

/* That this is a guide, with the rules version it came from. */
static item guide_item(app *a)
{
    const cJSON *d = a->decision;
    return (item){ IT_MUTED, app_printf(a, "%s %s %.12s.", decision_str(d, "guide_note"), app_s(a, "ui.rules_version"),
                                        decision_str(d, "rules_version")), NULL, NULL, 0, 0, NULL, NULL };
}

void screen_result(app *a, const metrics *m)
{
    const theme *th = a->th;
    bool family = family_screen(a);
    static page_list p; /* large: laid out one screen at a time */
    int first = -1, mark = a->strused; /* a second build reuses the strings' room (below) */
    result_items(a, &p, false, &first);
    /* What to do in danger stays in sight on every page: in the bar across the top (issue 21). */
    int top = top_bar_saying(a, m, app_s(a, "ui.result.danger"));
    int by = a->h - m->btn_h - m->gap;
    int bw = (int)(300 * m->s);
    ui_button_add(&a->ui, (SDL_Rect){ start_x(a, m, bw), by, bw, m->btn_h }, app_s(a, "ui.result.finish"), ACT_FINISH,
                  0, th->primary, th->primary_fg, 0, TEXT_BOLD, m->body);
    int taken = bw + m->gap; /* the bottom row from the reading start: Finish, then "My judgement differs" */
    if (!family) { /* beside Finish, in reading order */
        int jw = screen_judge_button_width(a, m);
        screen_judge_button(a, m, (SDL_Rect){ screen_rtl(a) ? a->w - m->margin - bw - m->gap - jw : m->margin + bw + m->gap, by,
                                              jw, m->btn_h });
        taken += jw + m->gap;
    }
    /* More and Previous share the bottom row, after them: a row of their own cost a card's height. */
    int nav_w = a->w - 2 * m->margin - taken;
    SDL_Rect nav = { screen_rtl(a) ? m->margin : m->margin + taken, by, nav_w, m->btn_h };
    p.nav = nav;
    /* That this is a guide stays on every page, above Finish, with the rules version it came from. */
    int w = a->w - 2 * m->margin;
    if (w > (int)(1500 * m->s)) w = (int)(1500 * m->s);
    int x = start_x(a, m, w);
    item guide = guide_item(a);
    int fy = by - item_height(a, m, &guide, w) + m->gap / 2;
    /* The guide goes in the bottom row beside the buttons, where it fits there and the result then keeps to one
     * page; else on a line of its own above them. */
    int gw = nav_w - m->gap;
    bool beside = gw > 0 && item_height(a, m, &guide, gw) - m->gap <= m->btn_h;
    bool one_page = beside && count_pages(a, m, &p, top, by - m->gap) == 1;
    /* What to do first, with its contact, is never behind More (issue 21): where its card would not fit on the
     * first page (larger text, a long "how"), it says how to go about it in one sentence. */
    if (!one_page && first >= 0 && count_pages(a, m, &p, top, fy - m->gap / 2) > 1 && planned_page(first) > 0) {
        /* The first build's strings are no longer needed (what was drawn since is copied into the ui), so the
         * second build starts where the first did: two builds of a long result must not fill the room. */
        a->strused = mark;
        result_items(a, &p, true, &first);
        p.nav = nav;
        guide = guide_item(a);
        one_page = beside && count_pages(a, m, &p, top, by - m->gap) == 1;
    }
    if (one_page) {
        int gh = item_height(a, m, &guide, gw) - m->gap;
        draw_item(a, m, &guide, screen_rtl(a) ? m->margin : a->w - m->margin - gw, by + (m->btn_h - gh) / 2, gw);
        draw_planned(a, m, &p, by - m->gap); /* the plan count_pages just made */
        return;
    }
    draw_item(a, m, &guide, x, fy, w);
    draw_pages(a, m, &p, top, fy - m->gap / 2);
}
