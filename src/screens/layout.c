/* layout.c: the layout kit every screen shares: sizes scaled to the display, the bar across the top,
 * the bottom row, and paged content (headings, paragraphs, panels and cards laid out page by page, compact
 * cards two to a row). A single column scaled to the display (targets of at least 88 px at 1080p, 16 px
 * gaps); right-to-left languages mirror it. Long content is split into pages with "More" and "Previous"
 * rather than shrunk below the text floor. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "app_read.h"
#include "decision.h"
#include "screens.h"

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

bool screen_rtl(const app *a) { return text_rtl(a->tx); }

/* x of a box of width w placed at the reading start (left, or right in RTL). */
int start_x(const app *a, const metrics *m, int w)
{
    return screen_rtl(a) ? a->w - m->margin - w : m->margin;
}

int end_x(const app *a, const metrics *m, int w)
{
    return screen_rtl(a) ? m->margin : a->w - m->margin - w;
}

bool family_screen(const app *a)
{
    return strcmp(a->mode, "practitioner") != 0;
}

/* "Read aloud" (or "Stop reading" while it reads) beside what already takes taken px at the bar's
 * end, where staff turned it on for this mode (app_read.c). Returns the width it took, gap included. */
int read_aloud_button(app *a, const metrics *m, int y, int taken, uint32_t border)
{
    if (!read_aloud_offered(a)) return 0;
    const theme *th = a->th;
    int w = (int)(280 * m->s);
    int x = screen_rtl(a) ? m->margin + taken + (taken ? m->gap : 0) : a->w - m->margin - taken - (taken ? m->gap : 0) - w;
    ui_button_add(&a->ui, (SDL_Rect){ x, y, w, m->btn_h }, app_s(a, a->speaking ? "ui.read_stop" : "ui.read_aloud"),
                  ACT_READ, 0, th->button, th->button_fg, border, TEXT_BOLD, m->body);
    return w + (taken ? m->gap : 0);
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
    exit_w += read_aloud_button(a, m, m->gap, exit_w, th->panel_fg);
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

/* The label of answer aid to question q, in the session's language. */
const char *answer_label(const cJSON *q, const char *aid)
{
    const cJSON *o;
    cJSON_ArrayForEach(o, cJSON_GetObjectItemCaseSensitive(q, "options"))
        if (!strcmp(decision_str(o, "id"), aid)) return decision_str(o, "label");
    return aid;
}

static int qr_side(const metrics *m) { return (int)(170 * m->s) < 100 ? 100 : (int)(170 * m->s); }

/* A card's QR code: a number or an address fits the usual size; a text (the practitioner's summary) needs
 * more modules, drawn larger so that a phone still reads them. */
static int card_qr_side(const metrics *m, const item *it)
{
    bool text = it->qr && strncmp(it->qr, "tel:", 4) && strncmp(it->qr, "http", 4);
    return text ? qr_side(m) * 9 / 4 : qr_side(m);
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
        /* A panel with an action is tapped anywhere on it (the private word). */
        if (it->action) ui_button_add(u, (SDL_Rect){ x, y, w, h }, "", it->action, it->arg, th->panel, th->panel_fg,
                                      th->button_border, TEXT_REGULAR, m->small);
        else ui_rect(u, (SDL_Rect){ x, y, w, h }, th->panel);
        ui_rect(u, (SDL_Rect){ screen_rtl(a) ? x + w - m->gap / 2 : x, y, m->gap / 2, h }, th->button_border);
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
        int tx = screen_rtl(a) ? x + w - m->gap - iw : x + m->gap, ty = y + m->gap;
        ty += ui_text(u, (SDL_Rect){ tx, ty, iw, 0 }, TEXT_BOLD, m->body, th->fg, -1, it->a);
        if (it->b && *it->b) ty += ui_text(u, (SDL_Rect){ tx, ty, iw, 0 }, TEXT_REGULAR, m->small, th->fg, -1, it->b);
        if (it->c && *it->c) ui_text(u, (SDL_Rect){ tx, ty, iw, 0 }, TEXT_REGULAR, m->small, th->muted, -1, it->c);
        if (it->qr) {
            int qx = screen_rtl(a) ? x + m->gap : x + w - m->gap - bw;
            ui_qr(u, (SDL_Rect){ qx, y + m->gap, bw, bw }, it->qr);
        } else if (bw) {
            int bx = screen_rtl(a) ? x + m->gap : x + w - m->gap - bw;
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
                int cx = screen_rtl(a) ? x + w - (j + 1) * cw - j * m->gap : x + j * (cw + m->gap);
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

/* One line that says how to reach a place: its contact, or who to ask. Never a guess. */
const char *reach_line(app *a, const char *before, const char *contact, const char *url)
{
    const char *reach = *contact ? contact : *url ? url : app_s(a, "ui.result.ask_staff");
    return app_printf(a, "%s%s %s", before, app_s(a, "ui.result.contact"), reach);
}
