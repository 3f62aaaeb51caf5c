/* text.c: SDL_ttf fonts, measuring, wrapping and the texture cache. */
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL_ttf.h>

#include "util.h"

#define MAX_FONTS 24
#define CACHE_SIZE 384

typedef struct font_slot {
    int script;      /* 0 latin, 1 arabic */
    text_face face;
    int px;
    TTF_Font *font;
} font_slot;

typedef struct cache_entry {
    uint64_t hash;
    int script, face, px;
    uint32_t rgba;
    char *s;
    SDL_Texture *tex;
    int w, h;
    unsigned long used;   /* last use, for eviction */
} cache_entry;

struct text {
    char assets[512];
    bool rtl;
    font_slot fonts[MAX_FONTS];
    int nfonts;
    cache_entry cache[CACHE_SIZE];
    SDL_Renderer *cache_owner;
    unsigned long clock;
    long hits, misses;
};

static const char *font_file(int script, text_face face)
{
    if (script) return face == TEXT_BOLD ? "NotoNaskhArabic-Bold.ttf" : "NotoNaskhArabic-Regular.ttf";
    return face == TEXT_BOLD ? "NotoSans-Bold.ttf" : "NotoSans-Regular.ttf";
}

text *text_open(const char *assets_dir, char *err, size_t errlen)
{
    if (!TTF_WasInit() && TTF_Init() != 0) {
        snprintf(err, errlen, "SDL_ttf: %s", TTF_GetError());
        return NULL;
    }
    text *t = calloc(1, sizeof *t);
    if (!t) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    util_copy(t->assets, sizeof t->assets, assets_dir);
    /* Open one font now so that a missing font is an error at start, not later. */
    char path[700];
    snprintf(path, sizeof path, "%s/fonts/%s", assets_dir, font_file(0, TEXT_REGULAR));
    TTF_Font *probe = TTF_OpenFont(path, 20);
    if (!probe) {
        snprintf(err, errlen, "cannot open font %s: %s", path, TTF_GetError());
        free(t);
        return NULL;
    }
    TTF_CloseFont(probe);
    return t;
}

void text_flush(text *t)
{
    for (int i = 0; i < CACHE_SIZE; i++) {
        cache_entry *e = &t->cache[i];
        if (e->tex) SDL_DestroyTexture(e->tex);
        if (e->s) util_wipe(e->s, strlen(e->s)); /* screen text may hold a session's answers */
        free(e->s);
        memset(e, 0, sizeof *e);
    }
    t->cache_owner = NULL;
}

void text_close(text *t)
{
    if (!t) return;
    text_flush(t);
    for (int i = 0; i < t->nfonts; i++) TTF_CloseFont(t->fonts[i].font);
    free(t);
}

void text_set_rtl(text *t, bool rtl) { t->rtl = rtl; }
bool text_rtl(const text *t) { return t->rtl; }

/* Arabic script when the UI is right to left and the string holds Arabic letters. */
static int script_of(const text *t, const char *s, int len)
{
    if (!t->rtl) return 0;
    for (int i = 0; i + 1 < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0xD8 && c <= 0xDB) return 1; /* U+0600..U+06FF lead bytes */
    }
    return 0;
}

static TTF_Font *font_for(text *t, int script, text_face face, int px)
{
    for (int i = 0; i < t->nfonts; i++)
        if (t->fonts[i].script == script && t->fonts[i].face == face && t->fonts[i].px == px)
            return t->fonts[i].font;
    char path[700];
    snprintf(path, sizeof path, "%s/fonts/%s", t->assets, font_file(script, face));
    TTF_Font *f = TTF_OpenFont(path, px);
    if (!f) {
        util_log("cannot open font %s: %s", path, TTF_GetError());
        return NULL;
    }
    TTF_SetFontHinting(f, TTF_HINTING_LIGHT);
    if (script) {
        TTF_SetFontDirection(f, TTF_DIRECTION_RTL);
        TTF_SetFontScriptName(f, "Arab");
    }
    if (t->nfonts == MAX_FONTS) { /* reuse the oldest slot */
        TTF_CloseFont(t->fonts[0].font);
        memmove(t->fonts, t->fonts + 1, (MAX_FONTS - 1) * sizeof *t->fonts);
        t->nfonts--;
    }
    t->fonts[t->nfonts++] = (font_slot){ script, face, px, f };
    return f;
}

int text_width(text *t, text_face face, int px, const char *s, int len)
{
    if (len <= 0) return 0;
    int script = script_of(t, s, len);
    TTF_Font *f = font_for(t, script, face, px);
    if (!f) return len * px / 2;
    char buf[1024];
    if (len >= (int)sizeof buf) len = (int)sizeof buf - 1;
    memcpy(buf, s, (size_t)len);
    buf[len] = 0;
    int w = 0, h = 0;
    TTF_SizeUTF8(f, buf, &w, &h);
    return w;
}

int text_line_height(text *t, text_face face, int px)
{
    TTF_Font *f = font_for(t, t->rtl ? 1 : 0, face, px);
    return f ? TTF_FontLineSkip(f) : px * 4 / 3;
}

static int utf8_next(const char *s, int i, int len)
{
    i++;
    while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    return i;
}

int text_wrap(text *t, text_face face, int px, const char *s, int maxw, text_line *lines, int maxlines,
              bool *overflow)
{
    int n = 0, len = (int)strlen(s), pos = 0;
    *overflow = false;
    while (pos < len) {
        if (s[pos] == '\n') { pos++; continue; }
        if (n == maxlines) {
            *overflow = true;
            break;
        }
        /* Take words while the line fits. */
        int end = pos, last_fit = -1;
        while (end <= len) {
            int stop = end;
            while (stop < len && s[stop] != ' ' && s[stop] != '\n') stop++;
            if (text_width(t, face, px, s + pos, stop - pos) <= maxw) last_fit = stop;
            else break;
            if (stop >= len || s[stop] == '\n') break;
            end = stop + 1;
        }
        if (last_fit < 0) { /* one word wider than the line: break inside it */
            int cut = utf8_next(s, pos, len);
            while (cut < len && s[cut] != ' ') {
                int next = utf8_next(s, cut, len);
                if (text_width(t, face, px, s + pos, next - pos) > maxw) break;
                cut = next;
            }
            last_fit = cut;
        }
        lines[n].start = pos;
        lines[n].len = last_fit - pos;
        lines[n].width = text_width(t, face, px, s + pos, last_fit - pos);
        n++;
        pos = last_fit;
        while (pos < len && s[pos] == ' ') pos++;
    }
    return n;
}

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

SDL_Texture *text_texture(text *t, SDL_Renderer *ren, text_face face, int px, uint32_t rgba, const char *s,
                          int *w, int *h)
{
    if (!*s) return NULL;
    if (t->cache_owner != ren) { /* textures belong to one renderer */
        text_flush(t);
        t->cache_owner = ren;
    }
    int script = script_of(t, s, (int)strlen(s));
    uint64_t hs = hash_str(s);
    int slot = (int)(hs % CACHE_SIZE), victim = slot;
    t->clock++;
    /* Look in a small neighbourhood: a cheap, bounded, set-associative cache. */
    for (int k = 0; k < 8; k++) {
        int i = (slot + k) % CACHE_SIZE;
        cache_entry *e = &t->cache[i];
        if (e->tex && e->hash == hs && e->script == script && e->face == (int)face && e->px == px &&
            e->rgba == rgba && !strcmp(e->s, s)) {
            e->used = t->clock;
            t->hits++;
            *w = e->w;
            *h = e->h;
            return e->tex;
        }
        if (!e->tex || e->used < t->cache[victim].used) victim = i;
        if (!e->tex) break;
    }
    t->misses++;
    TTF_Font *f = font_for(t, script, face, px);
    if (!f) return NULL;
    SDL_Color c = { (uint8_t)(rgba >> 24), (uint8_t)(rgba >> 16), (uint8_t)(rgba >> 8), (uint8_t)rgba };
    SDL_Surface *surf = TTF_RenderUTF8_Blended(f, s, c);
    if (!surf) return NULL;
    SDL_Texture *tex = SDL_CreateTextureFromSurface(ren, surf);
    int sw = surf->w, sh = surf->h;
    SDL_FreeSurface(surf);
    if (!tex) return NULL;
    cache_entry *e = &t->cache[victim];
    if (e->tex) SDL_DestroyTexture(e->tex);
    free(e->s);
    *e = (cache_entry){ hs, script, (int)face, px, rgba, util_strdup(s), tex, sw, sh, t->clock };
    *w = sw;
    *h = sh;
    return tex;
}

void text_cache_stats(const text *t, long *hits, long *misses)
{
    *hits = t->hits;
    *misses = t->misses;
}
