/* ui.h: what a screen shows, as a list of drawing commands and buttons.
 *
 * Screens build the list; render.c turns it into pixels; tests and 'play'
 * read it to know what is on screen without looking at pixels. Text is
 * wrapped here (with real font metrics), so every line's box is known.
 * All strings are copied into the ui's own arena, wiped with it. */
#ifndef UI_H
#define UI_H

#include <stdbool.h>
#include <stdint.h>
#include <SDL.h>

#include "text.h"

#define UI_MAX_CMDS 1024
#define UI_MAX_BUTTONS 96
#define UI_MAX_BLOCKS 192
#define UI_ARENA 65536

typedef enum { UI_RECT, UI_TEXT, UI_FRAME, UI_QR } ui_kind;

typedef struct ui_cmd {
    ui_kind kind;
    SDL_Rect r;
    uint32_t color;
    text_face face;
    int px;
    int text;        /* arena offset of the string (UI_TEXT, UI_QR), or -1 */
    int thickness;   /* UI_FRAME */
} ui_cmd;

typedef struct ui_button {
    SDL_Rect r;
    int action, arg;
    int label;       /* arena offset */
    bool pressed;
} ui_button;

typedef struct ui_block {    /* one paragraph as written, for "what is on screen" */
    SDL_Rect r;
    int text;
    bool clipped;            /* it did not fit its box */
} ui_block;

typedef struct ui {
    int w, h;
    text *tx;
    ui_cmd cmds[UI_MAX_CMDS];
    int ncmds;
    ui_button buttons[UI_MAX_BUTTONS];
    int nbuttons;
    ui_block blocks[UI_MAX_BLOCKS];
    int nblocks;
    char arena[UI_ARENA];
    int used;
    bool full;               /* something did not fit in the fixed arrays */
} ui;

/* An empty ui over whatever u held, reading none of it: its arrays are written before they are read, so
 * pages of them no screen has needed stay untouched (a kiosk's start, issue 20). */
void ui_init(ui *u);
void ui_begin(ui *u, text *tx, int w, int h);
/* Wipes every string and command (privacy). */
void ui_wipe(ui *u);

void ui_rect(ui *u, SDL_Rect r, uint32_t color);
void ui_frame(ui *u, SDL_Rect r, uint32_t color, int thickness);
/* Wraps s into the width of box r starting at r.y; aligns left, right or centre
 * (align -1, 1, 0). Returns the height used. r.h bounds it: lines that do not
 * fit are dropped and the block is marked clipped. r.h <= 0 means unbounded. */
int ui_text(ui *u, SDL_Rect r, text_face face, int px, uint32_t color, int align, const char *s);
/* Height s would take in width w. */
int ui_text_height(ui *u, text_face face, int px, int w, const char *s);
/* A button: filled box, optional frame, centred label. Returns its index. */
int ui_button_add(ui *u, SDL_Rect r, const char *label, int action, int arg, uint32_t bg, uint32_t fg,
                  uint32_t border, text_face face, int px);
void ui_qr(ui *u, SDL_Rect r, const char *payload);

/* The topmost button under (x, y), or -1. */
int ui_hit(const ui *u, int x, int y);
/* The button whose label is exactly label, or -1. */
int ui_find_button(const ui *u, const char *label);
/* True if a text block or button label on screen contains needle. */
bool ui_shows(const ui *u, const char *needle);
const char *ui_str(const ui *u, int off);

#endif
