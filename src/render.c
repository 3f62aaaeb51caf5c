/* render.c: draws rectangles, frames, cached text and QR codes. */
#include "render.h"

#include <qrencode.h>

static void set_color(SDL_Renderer *ren, uint32_t c)
{
    SDL_SetRenderDrawColor(ren, (Uint8)(c >> 24), (Uint8)(c >> 16), (Uint8)(c >> 8), (Uint8)c);
}

static void draw_qr(SDL_Renderer *ren, SDL_Rect r, const char *payload)
{
    QRcode *q = QRcode_encodeString(payload, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!q) return;
    int quiet = 2, n = q->width + 2 * quiet;
    int side = r.w < r.h ? r.w : r.h, cell = side / n;
    if (cell < 1) cell = 1;
    int ox = r.x + (side - cell * n) / 2, oy = r.y + (side - cell * n) / 2;
    set_color(ren, 0xffffffff);
    SDL_Rect bg = { ox, oy, cell * n, cell * n };
    SDL_RenderFillRect(ren, &bg);
    set_color(ren, 0x000000ff);
    for (int y = 0; y < q->width; y++)
        for (int x = 0; x < q->width; x++)
            if (q->data[y * q->width + x] & 1) {
                SDL_Rect c = { ox + (x + quiet) * cell, oy + (y + quiet) * cell, cell, cell };
                SDL_RenderFillRect(ren, &c);
            }
    QRcode_free(q);
}

void render_ui(SDL_Renderer *ren, text *tx, const ui *u, uint32_t background, uint32_t focus)
{
    set_color(ren, background);
    SDL_RenderClear(ren);
    for (int i = 0; i < u->ncmds; i++) {
        const ui_cmd *c = &u->cmds[i];
        switch (c->kind) {
        case UI_RECT:
            set_color(ren, c->color);
            SDL_RenderFillRect(ren, &c->r);
            break;
        case UI_FRAME:
            set_color(ren, c->color);
            for (int k = 0; k < c->thickness; k++) {
                SDL_Rect f = { c->r.x + k, c->r.y + k, c->r.w - 2 * k, c->r.h - 2 * k };
                SDL_RenderDrawRect(ren, &f);
            }
            break;
        case UI_TEXT: {
            int w, h;
            SDL_Texture *t = text_texture(tx, ren, c->face, c->px, c->color, ui_str(u, c->text), &w, &h);
            if (t) {
                SDL_Rect dst = { c->r.x, c->r.y, w, h };
                SDL_RenderCopy(ren, t, NULL, &dst);
            }
            break;
        }
        case UI_QR:
            draw_qr(ren, c->r, ui_str(u, c->text));
            break;
        }
    }
    set_color(ren, focus);
    for (int i = 0; i < u->nbuttons; i++) {
        if (!u->buttons[i].pressed) continue;
        SDL_Rect r = u->buttons[i].r;
        for (int k = 0; k < 6; k++) {
            SDL_Rect f = { r.x + k, r.y + k, r.w - 2 * k, r.h - 2 * k };
            SDL_RenderDrawRect(ren, &f);
        }
    }
}
