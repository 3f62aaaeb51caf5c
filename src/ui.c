/* ui.c: building the list of drawing commands, with wrapping and hit-testing. */
#include "ui.h"

#include <string.h>

#include "util.h"

#define MAX_LINES 64

void ui_init(ui *u)
{
    u->w = u->h = 0;
    u->tx = NULL;
    u->ncmds = u->nbuttons = u->nblocks = u->used = 0;
    u->full = false;
}

void ui_begin(ui *u, text *tx, int w, int h)
{
    ui_wipe(u);
    u->tx = tx;
    u->w = w;
    u->h = h;
}

void ui_wipe(ui *u)
{
    util_wipe(u->arena, (size_t)u->used);
    u->used = 0;
    u->ncmds = u->nbuttons = u->nblocks = 0;
    u->full = false;
}

static int intern(ui *u, const char *s, int len)
{
    if (len < 0) len = (int)strlen(s);
    if (u->used + len + 1 > UI_ARENA) {
        u->full = true;
        return -1;
    }
    int off = u->used;
    memcpy(u->arena + off, s, (size_t)len);
    u->arena[off + len] = 0;
    u->used += len + 1;
    return off;
}

const char *ui_str(const ui *u, int off)
{
    return off >= 0 && off < u->used ? u->arena + off : "";
}

static ui_cmd *push(ui *u, ui_kind kind, SDL_Rect r, uint32_t color)
{
    if (u->ncmds == UI_MAX_CMDS) {
        u->full = true;
        return NULL;
    }
    ui_cmd *c = &u->cmds[u->ncmds++];
    *c = (ui_cmd){ kind, r, color, TEXT_REGULAR, 0, -1, 0 };
    return c;
}

void ui_rect(ui *u, SDL_Rect r, uint32_t color) { push(u, UI_RECT, r, color); }

void ui_frame(ui *u, SDL_Rect r, uint32_t color, int thickness)
{
    ui_cmd *c = push(u, UI_FRAME, r, color);
    if (c) c->thickness = thickness;
}

int ui_text_height(ui *u, text_face face, int px, int w, const char *s)
{
    text_line lines[MAX_LINES];
    bool over;
    int n = text_wrap(u->tx, face, px, s, w, lines, MAX_LINES, &over);
    return n * text_line_height(u->tx, face, px);
}

int ui_text(ui *u, SDL_Rect r, text_face face, int px, uint32_t color, int align, const char *s)
{
    if (!s || !*s) return 0;
    text_line lines[MAX_LINES];
    bool clipped;
    int n = text_wrap(u->tx, face, px, s, r.w, lines, MAX_LINES, &clipped);
    int lh = text_line_height(u->tx, face, px), y = r.y;
    /* Right-to-left languages read from the right: left alignment mirrors. */
    if (text_rtl(u->tx) && align == -1) align = 1;
    for (int i = 0; i < n; i++) {
        if (r.h > 0 && y + lh > r.y + r.h) {
            clipped = true;
            break;
        }
        int x = r.x;
        if (align == 0) x = r.x + (r.w - lines[i].width) / 2;
        else if (align == 1) x = r.x + r.w - lines[i].width;
        ui_cmd *c = push(u, UI_TEXT, (SDL_Rect){ x, y, lines[i].width, lh }, color);
        if (c) {
            c->face = face;
            c->px = px;
            c->text = intern(u, s + lines[i].start, lines[i].len);
        }
        y += lh;
    }
    if (u->nblocks < UI_MAX_BLOCKS) {
        ui_block *b = &u->blocks[u->nblocks++];
        b->r = (SDL_Rect){ r.x, r.y, r.w, y - r.y };
        b->text = intern(u, s, -1);
        b->clipped = clipped;
    } else {
        u->full = true;
    }
    return y - r.y;
}

int ui_button_add(ui *u, SDL_Rect r, const char *label, int action, int arg, uint32_t bg, uint32_t fg,
                  uint32_t border, text_face face, int px)
{
    if (u->nbuttons == UI_MAX_BUTTONS) {
        u->full = true;
        return -1;
    }
    ui_rect(u, r, bg);
    if (border) ui_frame(u, r, border, px / 8 > 2 ? px / 8 : 2);
    int pad = px / 2;
    int th = ui_text_height(u, face, px, r.w - 2 * pad, label);
    SDL_Rect tr = { r.x + pad, r.y + (r.h - th) / 2, r.w - 2 * pad, r.h };
    if (tr.y < r.y) tr.y = r.y;
    tr.h = r.y + r.h - tr.y;
    ui_text(u, tr, face, px, fg, 0, label);
    ui_button *b = &u->buttons[u->nbuttons];
    *b = (ui_button){ r, action, arg, intern(u, label, -1), false };
    return u->nbuttons++;
}

void ui_qr(ui *u, SDL_Rect r, const char *payload)
{
    ui_cmd *c = push(u, UI_QR, r, 0x000000ff);
    if (c) c->text = intern(u, payload, -1);
}

int ui_hit(const ui *u, int x, int y)
{
    for (int i = u->nbuttons - 1; i >= 0; i--) {
        SDL_Rect r = u->buttons[i].r;
        if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h) return i;
    }
    return -1;
}

int ui_find_button(const ui *u, const char *label)
{
    for (int i = 0; i < u->nbuttons; i++)
        if (!strcmp(ui_str(u, u->buttons[i].label), label)) return i;
    return -1;
}

bool ui_shows(const ui *u, const char *needle)
{
    for (int i = 0; i < u->nblocks; i++)
        if (strstr(ui_str(u, u->blocks[i].text), needle)) return true;
    return false;
}
