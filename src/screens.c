/* screens.c: turns the app's state into a ui list, one function per screen.
 *
 * Layout is a single column scaled to the display (targets of at least
 * 88 px at 1080p, 16 px gaps); right-to-left languages mirror it. Long
 * content is split into pages with "More" and "Previous" rather than shrunk
 * below the text floor. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "app_staff.h"
#include "decision.h"
#include "manifest.h"
#include "pin.h"
#include "screens.h"
#include "util.h"

metrics measure(const app *a)
{
    metrics m;
    int side = a->w < a->h ? a->w : a->h;
    m.s = side / 1080.0;
    if (m.s < 0.55) m.s = 0.55;
    double t = a->large_text ? 1.25 : 1.0;
    m.body = (int)(32 * m.s * t);
    m.heading = (int)(46 * m.s * t);
    m.small = (int)(25 * m.s * t);
    if (m.small < 16) m.small = 16;
    m.btn_h = (int)(96 * m.s);
    if (m.btn_h < 48) m.btn_h = 48;
    m.gap = (int)(18 * m.s);
    if (m.gap < 10) m.gap = 10;
    m.margin = (int)(48 * m.s);
    m.bar_h = m.btn_h + 2 * m.gap;
    return m;
}

static bool rtl(const app *a) { return text_rtl(a->tx); }

/* x of a box of width w placed at the reading start (left, or right in RTL). */
int start_x(const app *a, const metrics *m, int w)
{
    return rtl(a) ? a->w - m->margin - w : m->margin;
}

int end_x(const app *a, const metrics *m, int w)
{
    return rtl(a) ? m->margin : a->w - m->margin - w;
}

static bool family_screen(const app *a)
{
    return strcmp(a->mode, "practitioner") != 0;
}

/* The bar across the top: the name, the area, and Quick exit on family screens. */
int top_bar(app *a, const metrics *m)
{
    return top_bar_saying(a, m, app_s(a, "ui.title"));
}

/* The bar with its own words in place of the kiosk's name (the result's "in danger now, call 999"),
 * at the body size, or the small one when they would not fit one line. */
int top_bar_saying(app *a, const metrics *m, const char *words)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    ui_rect(u, (SDL_Rect){ 0, 0, a->w, m->bar_h }, th->panel);
    int exit_w = 0;
    if (family_screen(a)) {
        exit_w = (int)(300 * m->s);
        ui_button_add(u, (SDL_Rect){ end_x(a, m, exit_w), m->gap, exit_w, m->btn_h }, app_s(a, "ui.quick_exit"),
                      ACT_QUICK_EXIT, 0, th->exit, th->exit_fg, 0, TEXT_BOLD, m->body);
    }
    int tw = a->w - 2 * m->margin - exit_w - m->gap;
    int size = m->body;
    if (ui_text_height(u, TEXT_BOLD, size, tw, words) > text_line_height(a->tx, TEXT_BOLD, size)) size = m->small;
    int lines_h = ui_text_height(u, TEXT_BOLD, size, tw, words);
    SDL_Rect title = { start_x(a, m, tw), m->gap + (m->btn_h - lines_h) / 2, tw, m->btn_h };
    ui_text(u, title, TEXT_BOLD, size, th->panel_fg, -1, words);
    return m->bar_h + m->gap * 2;
}

/* The bottom row: Back at the reading start. Returns the row's top. */
int bottom_back(app *a, const metrics *m)
{
    int y = a->h - m->btn_h - m->gap;
    int w = (int)(240 * m->s);
    ui_button_add(&a->ui, (SDL_Rect){ start_x(a, m, w), y, w, m->btn_h }, app_s(a, "ui.back"), ACT_BACK, 0,
                  a->th->button, a->th->button_fg, a->th->button_border, TEXT_REGULAR, m->body);
    return y;
}

static void screen_start(app *a, const metrics *m)
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
            int bxl = rtl(a) ? a->w - m->margin - lx - lw : m->margin + lx;
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
    int ax = rtl(a) ? a->w - m->margin - 2 * aw - m->gap : m->margin + aw + m->gap;
    ui_button_add(u, (SDL_Rect){ ax, y, aw, m->btn_h }, app_s(a, "ui.high_contrast"), ACT_THEME, 0,
                  th->button, th->button_fg, th->button_border, TEXT_REGULAR, m->body);
}

/* Fills the first two "%d" of a catalogue string with n1 and n2. The string
 * comes from the rule pack, so it is never used as a printf format. */
void format_counts(char *out, size_t n, const char *tmpl, int n1, int n2)
{
    size_t o = 0;
    int used = 0;
    for (const char *p = tmpl; *p && o + 12 < n; p++) {
        if (p[0] == '%' && p[1] == 'd' && used < 2) {
            o += (size_t)snprintf(out + o, n - o, "%d", used++ ? n2 : n1);
            p++;
        } else {
            out[o++] = *p;
        }
    }
    out[o] = 0;
}

static void screen_question(app *a, const metrics *m)
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
        if (rtl(a) && cols > 1) col = cols - 1 - col; /* right to left: the first answer on the right */
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

/* ---- paged content: headings, paragraphs and cards laid out page by page ---- */

static int qr_side(const metrics *m) { return (int)(170 * m->s) < 100 ? 100 : (int)(170 * m->s); }

/* A card's QR code: a number or an address fits the usual size; a text (the practitioner's summary) needs
 * more modules, drawn larger so that a phone still reads them. */
static int card_qr_side(const metrics *m, const item *it)
{
    return it->qr && strlen(it->qr) > 80 ? qr_side(m) * 9 / 4 : qr_side(m);
}

void add_item(page_list *p, item it)
{
    if (p->n < MAX_ITEMS && it.a && *it.a) p->items[p->n++] = it;
}

int item_height(app *a, const metrics *m, const item *it, int w)
{
    ui *u = &a->ui;
    switch (it->kind) {
    case IT_H1: return ui_text_height(u, TEXT_BOLD, m->heading, w, it->a) + m->gap;
    case IT_H2: return ui_text_height(u, TEXT_BOLD, m->body, w, it->a) + m->gap / 2;
    case IT_BODY:
    case IT_MUTED: return ui_text_height(u, TEXT_REGULAR, it->kind == IT_BODY ? m->body : m->small, w, it->a) + m->gap;
    case IT_PANEL: return ui_text_height(u, TEXT_BOLD, m->body, w - 2 * m->gap, it->a) + 3 * m->gap;
    case IT_SMALL: {
        int iw = w - 2 * m->gap;
        int h = ui_text_height(u, TEXT_BOLD, m->small, iw, it->a);
        if (it->b && *it->b) h += ui_text_height(u, TEXT_REGULAR, m->small, iw, it->b);
        if (it->c && *it->c) h += ui_text_height(u, TEXT_REGULAR, m->small, iw, it->c);
        return h + 2 * m->gap + m->gap / 2;
    }
    case IT_CARD: {
        int bw = it->button ? (int)(220 * m->s) + m->gap : it->qr ? card_qr_side(m, it) + m->gap : 0;
        int iw = w - 2 * m->gap - bw;
        int h = ui_text_height(u, TEXT_BOLD, m->body, iw, it->a);
        if (it->b && *it->b) h += ui_text_height(u, TEXT_REGULAR, m->small, iw, it->b);
        if (it->c && *it->c) h += ui_text_height(u, TEXT_REGULAR, m->small, iw, it->c);
        h += 2 * m->gap;
        if (it->button && h < m->btn_h + 2 * m->gap) h = m->btn_h + 2 * m->gap;
        if (it->qr && h < card_qr_side(m, it) + 2 * m->gap) h = card_qr_side(m, it) + 2 * m->gap;
        return h + m->gap;
    }
    }
    return 0;
}

void draw_item(app *a, const metrics *m, const item *it, int x, int y, int w)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    switch (it->kind) {
    case IT_H1: ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading, th->heading, -1, it->a); break;
    case IT_H2: ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->body, th->heading, -1, it->a); break;
    case IT_BODY: ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->body, th->fg, -1, it->a); break;
    case IT_MUTED: ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->muted, -1, it->a); break;
    case IT_PANEL: {
        int h = item_height(a, m, it, w) - m->gap;
        ui_rect(u, (SDL_Rect){ x, y, w, h }, th->panel);
        ui_rect(u, (SDL_Rect){ rtl(a) ? x + w - m->gap / 2 : x, y, m->gap / 2, h }, th->button_border);
        ui_text(u, (SDL_Rect){ x + m->gap, y + m->gap, w - 2 * m->gap, 0 }, TEXT_BOLD, m->body, th->panel_fg, -1,
                it->a);
        break;
    }
    case IT_SMALL: {
        int h = item_height(a, m, it, w) - m->gap / 2;
        int iw = w - 2 * m->gap;
        ui_frame(u, (SDL_Rect){ x, y, w, h }, th->button_border, 1);
        int tx = x + m->gap, ty = y + m->gap;
        ty += ui_text(u, (SDL_Rect){ tx, ty, iw, 0 }, TEXT_BOLD, m->small, th->fg, -1, it->a);
        if (it->b && *it->b) ty += ui_text(u, (SDL_Rect){ tx, ty, iw, 0 }, TEXT_REGULAR, m->small, th->fg, -1, it->b);
        if (it->c && *it->c) ui_text(u, (SDL_Rect){ tx, ty, iw, 0 }, TEXT_REGULAR, m->small, th->muted, -1, it->c);
        break;
    }
    case IT_CARD: {
        int h = item_height(a, m, it, w) - m->gap;
        int bw = it->button ? (int)(220 * m->s) : it->qr ? card_qr_side(m, it) : 0;
        int iw = w - 2 * m->gap - (bw ? bw + m->gap : 0);
        ui_frame(u, (SDL_Rect){ x, y, w, h }, th->button_border, 2);
        int tx = rtl(a) ? x + w - m->gap - iw : x + m->gap, ty = y + m->gap;
        ty += ui_text(u, (SDL_Rect){ tx, ty, iw, 0 }, TEXT_BOLD, m->body, th->fg, -1, it->a);
        if (it->b && *it->b) ty += ui_text(u, (SDL_Rect){ tx, ty, iw, 0 }, TEXT_REGULAR, m->small, th->fg, -1, it->b);
        if (it->c && *it->c) ui_text(u, (SDL_Rect){ tx, ty, iw, 0 }, TEXT_REGULAR, m->small, th->muted, -1, it->c);
        if (it->qr) {
            int qx = rtl(a) ? x + m->gap : x + w - m->gap - bw;
            ui_qr(u, (SDL_Rect){ qx, y + m->gap, bw, bw }, it->qr);
        } else if (bw) {
            int bx = rtl(a) ? x + m->gap : x + w - m->gap - bw;
            ui_button_add(u, (SDL_Rect){ bx, y + (h - m->btn_h) / 2, bw, m->btn_h }, it->button, it->action, it->arg,
                          th->button, th->button_fg, th->button_border, TEXT_REGULAR, m->body);
        }
        break;
    }
    }
}

/* Lays out the items from top to bottom, page a->page of them, with paging
 * buttons when they do not fit. */
void draw_pages(app *a, const metrics *m, const page_list *p, int top, int bottom)
{
    int w = a->w - 2 * m->margin;
    if (w > (int)(1500 * m->s)) w = (int)(1500 * m->s);
    int x = start_x(a, m, w);
    /* Compact cards go two to a row while each is still wide enough to read (three made them taller, and
     * fewer fitted: measured); a row is one unit of the page. */
    int cols = (w - m->gap) / 2 >= (int)(440 * m->s) ? 2 : 1;
    int cw = (w - (cols - 1) * m->gap) / cols;
    int page = 0, y = 0, total_pages = 1;
    int starts[MAX_ITEMS + 1], hs[MAX_ITEMS], unit[MAX_ITEMS]; /* unit[i]: items in the row item i starts (0: in one) */
    for (int i = 0; i < p->n;) {
        int k = 1;
        if (p->items[i].kind == IT_SMALL)
            while (k < cols && i + k < p->n && p->items[i + k].kind == IT_SMALL) k++;
        unit[i] = k;
        hs[i] = 0;
        for (int j = i; j < i + k; j++) { /* wrapping costs: once */
            int h = item_height(a, m, &p->items[j], p->items[j].kind == IT_SMALL ? cw : w);
            if (h > hs[i]) hs[i] = h;
            if (j > i) unit[j] = 0, hs[j] = 0;
        }
        i += k;
    }
    /* First try without a paging row; keep one only when there is a second page. */
    for (int pass = 0; pass < 2; pass++) {
        int room = bottom - top - (pass ? m->btn_h + m->gap : 0);
        page = 0;
        y = 0;
        starts[0] = 0;
        for (int i = 0; i < p->n; i++) {
            if (!unit[i]) continue;
            int h = hs[i];
            /* A heading never ends a page alone: it moves on with what it heads,
             * when the two fit on a page together. */
            int need = h;
            if ((p->items[i].kind == IT_H1 || p->items[i].kind == IT_H2) && i + 1 < p->n) need += hs[i + 1];
            if (need > room) need = h;
            if (y > 0 && y + need > room) {
                page++;
                starts[page] = i;
                y = 0;
            }
            y += h;
        }
        if (page == 0) break;
    }
    total_pages = page + 1;
    if (a->page >= total_pages) a->page = total_pages - 1;
    int first = starts[a->page];
    int last = a->page + 1 < total_pages ? starts[a->page + 1] : p->n;
    y = top;
    for (int i = first; i < last; i++) {
        if (!unit[i]) continue;
        if (p->items[i].kind == IT_SMALL) { /* in reading order: from the left, or from the right in RTL */
            for (int j = 0; j < unit[i]; j++) {
                int cx = rtl(a) ? x + w - (j + 1) * cw - j * m->gap : x + j * (cw + m->gap);
                draw_item(a, m, &p->items[i + j], cx, y, cw);
            }
        } else {
            draw_item(a, m, &p->items[i], p->items[i].kind == IT_SMALL ? start_x(a, m, cw) : x, y,
                      p->items[i].kind == IT_SMALL ? cw : w);
        }
        y += hs[i];
    }
    if (total_pages > 1) {
        const theme *th = a->th;
        int bw = (int)(300 * m->s), by = bottom - m->btn_h;
        char label[64];
        if (a->page + 1 < total_pages) {
            snprintf(label, sizeof label, "%s (%d/%d)", app_s(a, "ui.more"), a->page + 1, total_pages);
            ui_button_add(&a->ui, (SDL_Rect){ end_x(a, m, bw), by, bw, m->btn_h }, label, ACT_PAGE, 1, th->button,
                          th->button_fg, th->button_border, TEXT_REGULAR, m->body);
        }
        if (a->page > 0)
            ui_button_add(&a->ui, (SDL_Rect){ a->w / 2 - bw / 2, by, bw, m->btn_h }, app_s(a, "ui.previous"),
                          ACT_PAGE, -1, th->button, th->button_fg, th->button_border, TEXT_REGULAR, m->body);
    }
}

/* The label of answer aid to question q, in the session's language. */
static const char *answer_label(const cJSON *q, const char *aid)
{
    const cJSON *o;
    cJSON_ArrayForEach(o, cJSON_GetObjectItemCaseSensitive(q, "options"))
        if (!strcmp(decision_str(o, "id"), aid)) return decision_str(o, "label");
    return aid;
}

static void screen_check(app *a, const metrics *m)
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

/* One line that says how to reach a place: its contact, or who to ask. Never a guess. */
const char *reach_line(app *a, const char *before, const char *contact, const char *url)
{
    const char *reach = *contact ? contact : *url ? url : app_s(a, "ui.result.ask_staff");
    return app_printf(a, "%s%s %s", before, app_s(a, "ui.result.contact"), reach);
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

/* Why, for a family: the questions and their own answers that led here, in
 * the order they were asked (the indicators' wording is for professionals). */
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

static void screen_result(app *a, const metrics *m)
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
        if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(d, "talk_privately")))
            add_item(&p, (item){ IT_PANEL, app_s(a, "ui.result.talk_privately"), NULL, NULL, 0, 0, NULL, NULL });
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
        add_item(&p, (item){ IT_BODY, decision_str(d, "responds"), NULL, NULL, 0, 0, NULL, NULL });
        add_item(&p, (item){ IT_H2, app_s(a, "ui.result.consent"), NULL, NULL, 0, 0, NULL, NULL });
        add_item(&p, (item){ IT_MUTED, decision_str(d, "consent"), NULL, NULL, 0, 0, NULL, NULL });
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
        screen_judge_button(a, m, (SDL_Rect){ rtl(a) ? a->w - m->margin - bw - m->gap - jw : m->margin + bw + m->gap, by,
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

static void screen_escalation(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(a->decision, "escalation");
    ui_rect(u, (SDL_Rect){ 0, 0, a->w, a->h }, th->danger_bg);
    int y = m->gap;
    int w = a->w - 2 * m->margin, x = start_x(a, m, w);
    if (family_screen(a)) {
        int exit_w = (int)(300 * m->s);
        ui_button_add(u, (SDL_Rect){ end_x(a, m, exit_w), y, exit_w, m->btn_h }, app_s(a, "ui.quick_exit"),
                      ACT_QUICK_EXIT, 0, th->exit, th->exit_fg, th->danger_fg, TEXT_BOLD, m->body);
    }
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

/* Built into the program: it must work when the rule pack does not. */
static void screen_failsafe(app *a, const metrics *m)
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

static void screen_neutral(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    ui_button_add(u, (SDL_Rect){ 0, 0, a->w, a->h }, "", ACT_BEGIN, 0, th->bg, th->fg, 0, TEXT_REGULAR, m->body);
    const char *s = app_s(a, "ui.neutral");
    int w = a->w - 2 * m->margin;
    int h = ui_text_height(u, TEXT_REGULAR, m->heading, w, s);
    ui_text(u, (SDL_Rect){ m->margin, (a->h - h) / 2, w, 0 }, TEXT_REGULAR, m->heading, th->fg, 0, s);
}

/* Staff screens are in English: they are for the kiosk's staff, not its users. */
static void screen_pin(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    int w = a->w - 2 * m->margin, x = m->margin, y = m->gap * 2;
    char hash[PIN_HASH_BYTES];
    bool have = a->st && store_get_setting(a->st, "pin_hash", hash, sizeof hash) == 0;
    util_wipe(hash, sizeof hash);
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading, th->heading, -1,
                 have ? "Staff PIN" : "Set a staff PIN (4 to 8 digits)");
    if (!a->st) y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->fg, -1, staff_db_state(a));
    char dots[PIN_MAX_DIGITS * 3 + 4] = "";
    for (size_t i = 0; i < strlen(a->pin_entry); i++) strcat(dots, "* ");
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading, th->fg, -1, *dots ? dots : " ");
    if (a->staff_message[0]) y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->body, th->fg, -1, a->staff_message);
    y += m->gap;
    int kw = (int)(150 * m->s), kh = m->btn_h;
    static const char *keys[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "OK" };
    for (int i = 0; i < 12; i++) {
        int col = i % 3, rowi = i / 3;
        SDL_Rect r = { x + col * (kw + m->gap), y + rowi * (kh + m->gap), kw, kh };
        if (r.y + r.h > a->h - m->btn_h - 2 * m->gap) break;
        int act = i == 9 ? ACT_PIN_CLEAR : i == 11 ? ACT_PIN_OK : ACT_PIN_DIGIT;
        int arg = i == 10 ? 0 : i + 1;
        ui_button_add(u, r, keys[i], act, arg, i == 11 ? th->primary : th->button, i == 11 ? th->primary_fg : th->button_fg,
                      th->button_border, TEXT_BOLD, m->body);
    }
    int bw = (int)(300 * m->s);
    ui_button_add(u, (SDL_Rect){ a->w - m->margin - bw, a->h - m->btn_h - m->gap, bw, m->btn_h }, "Cancel",
                  ACT_STAFF_DONE, 0, th->button, th->button_fg, th->button_border, TEXT_REGULAR, m->body);
}

static void screen_staff(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    int w = a->w - 2 * m->margin, x = m->margin, y = m->gap * 2;
    char line[1400];
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->heading, th->heading, -1, "Staff settings");
    /* Which approved pack runs: its signed version, or that this kiosk checks no signature. */
    long signed_version = a->r && a->opt.npack_keys ? manifest_peek_version(rules_dir(a->r), NULL) : -1;
    char pack_note[64];
    if (signed_version > 0) snprintf(pack_note, sizeof pack_note, "signed pack version %ld", signed_version);
    else util_copy(pack_note, sizeof pack_note, a->opt.npack_keys ? "signed pack" : "unsigned (no pack_key set)");
    snprintf(line, sizeof line, "Rules version %.12s, %s, from %s", a->r ? rules_version(a->r) : "none", pack_note,
             a->r ? rules_dir(a->r) : "-");
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->fg, -1, line);
    if (a->rules_error[0]) {
        snprintf(line, sizeof line, "Rule pack problem: %s", a->rules_error);
        y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->fg, -1, line);
    }
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->fg, -1, staff_db_state(a));
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_REGULAR, m->small, th->fg, -1, staff_contacts_state(a));
    if (a->staff_message[0]) y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->small, th->fg, -1, a->staff_message);
    y += m->gap;
    /* The area by its name, as the partnership calls it. */
    const char *area_name = a->area, *lang_name = a->opt.lang;
    char err[256];
    cJSON *areas = a->r ? rules_areas(a->r, err, sizeof err) : NULL;
    const cJSON *ar;
    cJSON_ArrayForEach(ar, areas) if (!strcmp(decision_str(ar, "id"), a->area)) area_name = app_printf(a, "%s", decision_str(ar, "name"));
    cJSON_Delete(areas);
    for (int i = 0; i < a->nlangs; i++)
        if (!strcmp(a->langs[i].code, a->opt.lang)) lang_name = a->langs[i].name;
    const char *offer = !strcmp(a->offer, "family") ? "family only"
                        : !strcmp(a->offer, "practitioner") ? "practitioner only" : "family and practitioner";
    /* Every setting is a button that steps to the next value: no typing. */
    struct { const char *label; int action; } items[] = {
        { app_printf(a, "Area: %s", area_name), ACT_STAFF_AREA },
        { app_printf(a, "Modes offered: %s", offer), ACT_STAFF_OFFER },
        { app_printf(a, "Default mode: %s", a->opt.mode), ACT_STAFF_MODE },
        { app_printf(a, "Default language: %s", lang_name), ACT_STAFF_LANG },
        { app_printf(a, "Text size: %s", a->default_large_text ? "large" : "standard"), ACT_STAFF_TEXT },
        { app_printf(a, "Theme: %s", a->default_high_contrast ? "high contrast" : "standard"), ACT_STAFF_THEME },
        { app_printf(a, "Idle time: %d s", a->opt.idle_seconds), ACT_STAFF_IDLE },
        { "Reload rules", ACT_STAFF_RELOAD },
        { "Statistics", ACT_STAFF_STATS },
    };
    int n = (int)(sizeof items / sizeof *items);
    int cols = w >= (int)(1100 * m->s) ? 2 : 1;
    int rows = (n + cols - 1) / cols;
    int bottom = a->h - m->btn_h - 2 * m->gap;
    int bh = m->btn_h;
    if (rows * (bh + m->gap) > bottom - y) bh = (bottom - y) / rows - m->gap;
    if (bh < 44) bh = 44;
    int bw = (w - (cols - 1) * m->gap) / cols;
    if (bw > (int)(760 * m->s)) bw = (int)(760 * m->s);
    for (int i = 0; i < n; i++) {
        SDL_Rect r = { x + (i % cols) * (bw + m->gap), y + (i / cols) * (bh + m->gap), bw, bh };
        ui_button_add(u, r, items[i].label, items[i].action, 0, th->button, th->button_fg, th->button_border,
                      TEXT_REGULAR, m->body);
    }
    int dw = (int)(300 * m->s);
    ui_button_add(u, (SDL_Rect){ a->w - m->margin - dw, a->h - m->btn_h - m->gap, dw, m->btn_h }, "Done",
                  ACT_STAFF_DONE, 0, th->primary, th->primary_fg, 0, TEXT_BOLD, m->body);
}

static void idle_overlay(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    int w = a->w * 3 / 4, h = a->h / 2;
    if (h < 3 * m->btn_h + 4 * m->gap) h = 3 * m->btn_h + 4 * m->gap;
    SDL_Rect box = { (a->w - w) / 2, (a->h - h) / 2, w, h };
    ui_rect(u, (SDL_Rect){ 0, 0, a->w, a->h }, th->bg);
    ui_rect(u, box, th->panel);
    ui_frame(u, box, th->button_border, 4);
    int y = box.y + m->gap * 2, x = box.x + m->gap * 2, iw = w - 4 * m->gap;
    y += ui_text(u, (SDL_Rect){ x, y, iw, 0 }, TEXT_BOLD, m->heading, th->panel_fg, 0, app_s(a, "ui.idle.title"));
    y += m->gap;
    ui_text(u, (SDL_Rect){ x, y, iw, 0 }, TEXT_REGULAR, m->body, th->panel_fg, 0, app_s(a, "ui.idle.body"));
    int bw = w / 2;
    ui_button_add(u, (SDL_Rect){ box.x + (w - bw) / 2, box.y + h - m->btn_h * 3 / 2 - m->gap, bw, m->btn_h * 3 / 2 },
                  app_s(a, "ui.idle.stay"), ACT_STILL_HERE, 0, th->primary, th->primary_fg, 0, TEXT_BOLD, m->heading);
}

bool app_layout(app *a)
{
    if (!a->dirty) return false;
    a->dirty = false;
    a->strused = 0;
    /* Direction comes from the language, except on the built-in screens, which are English. */
    bool builtin = a->screen == SCREEN_FAILSAFE || a->screen == SCREEN_PIN || a->screen == SCREEN_STAFF ||
                   a->screen == SCREEN_STATS || a->screen == SCREEN_JUDGE || !a->r;
    text_set_rtl(a->tx, a->rtl && !builtin);
    metrics m = measure(a);
    ui_begin(&a->ui, a->tx, a->w, a->h);
    if (a->screen == SCREEN_FAILSAFE || !a->r) {
        screen_failsafe(a, &m);
        return true;
    }
    switch (a->screen) {
    case SCREEN_START: screen_start(a, &m); break;
    case SCREEN_QUESTION: screen_question(a, &m); break;
    case SCREEN_CHECK: screen_check(a, &m); break;
    case SCREEN_RESULT: screen_result(a, &m); break;
    case SCREEN_ESCALATION: screen_escalation(a, &m); break;
    case SCREEN_NEUTRAL: screen_neutral(a, &m); break;
    case SCREEN_PIN: screen_pin(a, &m); break;
    case SCREEN_STAFF: screen_staff(a, &m); break;
    case SCREEN_STATS: screen_stats(a, &m); break;
    case SCREEN_JUDGE: screen_judge(a, &m); break;
    case SCREEN_FAILSAFE: break;
    case SCREEN_TRAIN_SETUP: case SCREEN_TRAIN_CASE: case SCREEN_TRAIN_CHOOSE: case SCREEN_TRAIN_FEEDBACK:
    case SCREEN_TRAIN_SCORE: screens_training(a, &m); break;
    }
    if (a->idle_warning) {
        int keep_exit = family_screen(a) && a->screen != SCREEN_NEUTRAL;
        ui_begin(&a->ui, a->tx, a->w, a->h);
        idle_overlay(a, &m);
        if (keep_exit) top_bar(a, &m);
    }
    /* Keep the pressed button marked across rebuilds. */
    if (a->pressed >= 0 && a->pressed < a->ui.nbuttons) a->ui.buttons[a->pressed].pressed = true;
    return true;
}
