/* text.h: fonts, measuring, word wrapping and a cache of rendered text.
 *
 * Text is rasterised once and kept as a texture keyed by its string, face,
 * size and colour, so a screen that does not change is not re-rasterised.
 * Arabic uses Noto Naskh Arabic, shaped right to left through HarfBuzz.
 * Ownership: text_open creates, text_close frees (with every cached texture). */
#ifndef TEXT_H
#define TEXT_H

#include <stdbool.h>
#include <stdint.h>
#include <SDL.h>

typedef enum { TEXT_REGULAR = 0, TEXT_BOLD = 1 } text_face;

typedef struct text text;

typedef struct text_line {
    int start, len;   /* bytes of the source string */
    int width;
} text_line;

text *text_open(const char *assets_dir, char *err, size_t errlen);
void text_close(text *t);

/* Right-to-left shaping (Arabic) on or off for what follows. */
void text_set_rtl(text *t, bool rtl);
bool text_rtl(const text *t);

int text_width(text *t, text_face face, int px, const char *s, int len);
int text_line_height(text *t, text_face face, int px);

/* Breaks s into lines no wider than maxw, at spaces (and inside a word only
 * when the word alone is too wide). Returns the number of lines (<= maxlines;
 * text beyond is reported by *overflow). */
int text_wrap(text *t, text_face face, int px, const char *s, int maxw, text_line *lines, int maxlines,
              bool *overflow);

/* A texture for one line, from the cache or rendered now. NULL for "". */
SDL_Texture *text_texture(text *t, SDL_Renderer *ren, text_face face, int px, uint32_t rgba, const char *s,
                          int *w, int *h);
/* Drops every cached texture and wipes its string: the renderer is going away, the session ended, or the
 * screen is shown and still (the window keeps the picture; a redraw renders its lines again). */
void text_flush(text *t);
/* text_flush, and the fonts close too: each size of each face holds some 90 KB of FreeType's and HarfBuzz's
 * copies of the font's tables (five at the start screen). For a screen shown and still, and before the
 * pack's rest loads; the next lines drawn open the sizes they use again, from the files held open. */
void text_rest(text *t);
/* false: each line's texture goes when the next is made, so a frame holds one line's pixels, not the
 * screen's (0.9 MB at 1920x1080). For a frame whose textures would go right after it is shown: the
 * kiosk's first, drawn before the pack's rest loads (text_rest). true again for every later frame. */
void text_keep(text *t, bool keep);
/* Cache counters, for the benchmark and tests. */
void text_cache_stats(const text *t, long *hits, long *misses);
/* How many sizes of faces are open now (text_rest closes them all), for tests. */
int text_open_sizes(const text *t);

#endif
