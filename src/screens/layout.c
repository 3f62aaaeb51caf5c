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
    return text ? qr_side(m) * 2 : qr_side(m);
}

/* A card's button: its usual width, or wide enough for its words on one line where they would not fit its
 * height wrapped (larger text). */
static int card_button_w(app *a, const metrics *m, const item *it)
{
    return button_width(a, m, (int)(220 * m->s), it->button);
}

int button_width(app *a, const metrics *m, int w, const char *label)
{
    /* The button's padding is half the text size each side (ui.c). */
    if (ui_text_height(&a->ui, TEXT_REGULAR, m->body, w - m->body, label) <= m->btn_h) return w;
    int one_line = text_width(a->tx, TEXT_REGULAR, m->body, label, (int)strlen(label)) + m->body;
    return one_line > w ? one_line : w;
}

void add_item(page_list *p, item it)
{
    if (p->n < MAX_ITEMS && it.a && *it.a) p->items[p->n++] = it;
}

void add_side(page_list *p, item it)
{
    int n = p->n;
    add_item(p, it);
    if (p->n > n) p->side[n] = true;
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
        int bw = it->button ? card_button_w(a, m, it) + m->gap : it->qr ? card_qr_side(m, it) + m->gap : 0;
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
        int bw = it->button ? card_button_w(a, m, it) : it->qr ? card_qr_side(m, it) : 0;
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

/* One column of a page list: its items (indexes into the list), their rows (compact cards side by side
 * count as one row), and where each page starts. */
typedef struct column {
    int idx[MAX_ITEMS], n;
    int x, w, cw; /* cw: a compact card's width, two to a row where each is still wide enough to read */
    int unit[MAX_ITEMS], hs[MAX_ITEMS]; /* unit[k]: items in the row item k starts (0: in one before it) */
    int starts[MAX_ITEMS + 1], pages;
} column;

static void column_rows(app *a, const metrics *m, const page_list *p, column *c)
{
    /* Compact cards go two to a row while each is still wide enough to read (three made them taller, and
     * fewer fitted: measured); a row is one unit of the page. */
    int cols = (c->w - m->gap) / 2 >= (int)(420 * m->s) ? 2 : 1;
    int cw = c->cw = (c->w - (cols - 1) * m->gap) / cols;
    for (int k = 0; k < c->n;) {
        const item *it = &p->items[c->idx[k]];
        int n = 1;
        if (it->kind == IT_SMALL)
            while (n < cols && k + n < c->n && p->items[c->idx[k + n]].kind == IT_SMALL) n++;
        c->unit[k] = n;
        c->hs[k] = 0;
        for (int j = k; j < k + n; j++) { /* wrapping costs: once */
            const item *ij = &p->items[c->idx[j]];
            int h = item_height(a, m, ij, ij->kind == IT_SMALL && n > 1 ? cw : c->w); /* alone: the whole width */
            if (h > c->hs[k]) c->hs[k] = h;
            if (j > k) c->unit[j] = 0, c->hs[j] = 0;
        }
        k += n;
    }
}

/* Where each page of the column starts, in room px a page. */
static void column_pages(const page_list *p, column *c, int room)
{
    int page = 0, y = 0;
    c->starts[0] = 0;
    /* A title that would leave the first page with nothing under it (large text, a long first card) gives way. */
    if (p->title_yields && c->n > 1 && c->idx[0] == 0 && c->unit[1] && c->hs[0] + c->hs[1] > room && c->hs[1] <= room)
        c->starts[0] = 1;
    for (int k = c->starts[0]; k < c->n; k++) {
        if (!c->unit[k]) continue;
        int h = c->hs[k];
        /* A heading never ends a page alone: it moves on with what it heads, when the two fit on a page together. */
        int need = h;
        item_kind kind = p->items[c->idx[k]].kind;
        if ((kind == IT_H1 || kind == IT_H2) && k + 1 < c->n) need += c->hs[k + 1];
        if (need > room) need = h;
        if (y > 0 && y + need > room) {
            c->starts[++page] = k;
            y = 0;
        }
        y += h;
    }
    c->pages = c->n ? page + 1 : 0;
}

static void column_draw(app *a, const metrics *m, const page_list *p, const column *c, int page, int top)
{
    if (page >= c->pages) return;
    int cw = c->cw;
    int last = page + 1 < c->pages ? c->starts[page + 1] : c->n;
    int y = top;
    for (int k = c->starts[page]; k < last; k++) {
        if (!c->unit[k]) continue;
        const item *it = &p->items[c->idx[k]];
        if (it->kind == IT_SMALL && c->unit[k] > 1) { /* in reading order: from the left, or from the right in RTL */
            for (int j = 0; j < c->unit[k]; j++) {
                int cx = screen_rtl(a) ? c->x + c->w - (j + 1) * cw - j * m->gap : c->x + j * (cw + m->gap);
                draw_item(a, m, &p->items[c->idx[k + j]], cx, y, cw);
            }
        } else {
            draw_item(a, m, it, c->x, y, c->w);
        }
        y += c->hs[k];
    }
}

/* The last plan: columns and pages of one page list between top and bottom. Screens are laid out one at a
 * time, on one thread; a column is too large for the stack. */
static struct {
    column col[2];
    int top, total;
    bool shared;
} plan;

/* Lays the items out in columns and pages between top and bottom (nothing drawn): the number of pages. */
static int plan_pages(app *a, const metrics *m, const page_list *p, int top, int bottom)
{
    column *col = plan.col;
    plan.top = top;
    int w = a->w - 2 * m->margin;
    if (w > (int)(1500 * m->s)) w = (int)(1500 * m->s);
    int x = start_x(a, m, w);
    bool any_side = false;
    for (int i = 0; i < p->n; i++) any_side |= p->side[i];
    bool two = any_side && w >= (int)(1000 * m->s);
    if (two) { /* two columns keep their lines short: the whole width serves */
        w = a->w - 2 * m->margin;
        x = m->margin;
    }
    bool in_side[MAX_ITEMS];
    for (int i = 0; i < p->n; i++) in_side[i] = two && p->side[i];
    /* Two columns share the page: what does not fit in one moves to the end of the other where it fits there
     * (the main column's last items to the side, or the side's last ones under the main column), so that a
     * result stays on one page when the two together fit (issue 21). */
    for (int round = 0;; round++) {
        memset(col, 0, 2 * sizeof *col);
        for (int i = 0; i < p->n; i++) {
            column *c = &col[in_side[i]];
            c->idx[c->n++] = i;
        }
        if (two) {
            int mw = (w - m->gap) * 11 / 20, sw = w - m->gap - mw;
            col[0].w = mw, col[1].w = sw;
            col[0].x = screen_rtl(a) ? x + w - mw : x;
            col[1].x = screen_rtl(a) ? x : x + mw + m->gap;
        } else {
            col[0].w = w, col[0].x = x;
        }
        for (int k = 0; k < 2; k++) column_rows(a, m, p, &col[k]);
        if (!two || round >= 8) break;
        int tot[2] = { 0, 0 };
        for (int k = 0; k < 2; k++)
            for (int i = 0; i < col[k].n; i++) tot[k] += col[k].hs[i];
        int room = bottom - top, from = tot[0] > room ? 0 : tot[1] > room ? 1 : -1;
        if (from < 0 || col[from].n < 2) break;
        /* The last row of the fuller column, if the other has room for it (measured at its own width). */
        int last = col[from].n - 1;
        while (last > 0 && !col[from].unit[last]) last--;
        if (col[from].unit[last] > 1 || last == 0) break; /* a row of two compact cards stays together */
        const item *it = &p->items[col[from].idx[last]];
        if (tot[!from] + item_height(a, m, it, col[!from].w) > room) break;
        in_side[col[from].idx[last]] = !from;
    }
    /* More and Previous share a row with other buttons where both fit in the room left there (p->nav). */
    int nav_bw = (int)(300 * m->s);
    bool shared = p->nav.w >= 2 * nav_bw + m->gap;
    /* First try without a paging row; keep one only when there is a second page. */
    int total_pages = 1;
    for (int pass = 0; pass < 2; pass++) {
        int room = bottom - top - (pass && !shared ? m->btn_h + m->gap : 0);
        total_pages = 1;
        for (int k = 0; k < 2; k++) {
            column_pages(p, &col[k], room);
            if (col[k].pages > total_pages) total_pages = col[k].pages;
        }
        if (total_pages == 1) break;
    }
    plan.shared = shared;
    return plan.total = total_pages;
}

int count_pages(app *a, const metrics *m, const page_list *p, int top, int bottom)
{
    return plan_pages(a, m, p, top, bottom);
}

int planned_page(int i)
{
    for (int k = 0; k < 2; k++) {
        const column *c = &plan.col[k];
        for (int j = 0; j < c->n; j++) {
            if (c->idx[j] != i) continue;
            int page = 0;
            while (page + 1 < c->pages && c->starts[page + 1] <= j) page++;
            return page;
        }
    }
    return -1;
}

void draw_planned(app *a, const metrics *m, const page_list *p, int bottom)
{
    column *col = plan.col;
    int top = plan.top, total_pages = plan.total, nav_bw = (int)(300 * m->s);
    bool shared = plan.shared;
    if (a->page >= total_pages) a->page = total_pages - 1;
    for (int k = 0; k < 2; k++) column_draw(a, m, p, &col[k], a->page, top);
    if (total_pages > 1) {
        const theme *th = a->th;
        int bw = nav_bw, by = bottom - m->btn_h;
        /* In a shared row: More at its end, Previous beside it, towards the reading start. */
        int more_x = end_x(a, m, bw), prev_x = a->w / 2 - bw / 2;
        if (shared) {
            by = p->nav.y;
            more_x = screen_rtl(a) ? p->nav.x : p->nav.x + p->nav.w - bw;
            prev_x = a->page + 1 < total_pages ? (screen_rtl(a) ? more_x + bw + m->gap : more_x - m->gap - bw) : more_x;
        }
        char label[64];
        if (a->page + 1 < total_pages) {
            snprintf(label, sizeof label, "%s (%d/%d)", app_s(a, "ui.more"), a->page + 1, total_pages);
            ui_button_add(&a->ui, (SDL_Rect){ more_x, by, bw, m->btn_h }, label, ACT_PAGE, 1, th->button,
                          th->button_fg, th->button_border, TEXT_REGULAR, m->body);
        }
        if (a->page > 0)
            ui_button_add(&a->ui, (SDL_Rect){ prev_x, by, bw, m->btn_h }, app_s(a, "ui.previous"),
                          ACT_PAGE, -1, th->button, th->button_fg, th->button_border, TEXT_REGULAR, m->body);
    }
}

/* Lays out page a->page of the items between top and bottom, with paging buttons when they do not fit.
 * Where the screen is wide enough, items marked side go in a column beside the rest (issue 21: a result
 * on one page at 1280x800); each column pages on its own, and a page shows both. */
void draw_pages(app *a, const metrics *m, const page_list *p, int top, int bottom)
{
    plan_pages(a, m, p, top, bottom);
    draw_planned(a, m, p, bottom);
}

/* One line that says how to reach a place: its contact, or who to ask. Never a guess. */
const char *reach_line(app *a, const char *before, const char *contact, const char *url)
{
    const char *reach = *contact ? contact : *url ? url : app_s(a, "ui.result.ask_staff");
    return app_printf(a, "%s%s %s", before, app_s(a, "ui.result.contact"), reach);
}
