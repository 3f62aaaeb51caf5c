/* text.c: SDL_ttf fonts, measuring, wrapping and the texture cache. */
#include "text.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SDL_ttf.h>
#include <fribidi.h>

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

/* A font file, held open from the start: FreeType and HarfBuzz read the
 * tables and glyphs they need through a stream of their own (SDL_ttf copies
 * what it keeps), so the file itself is never in the kiosk's memory (issue 20:
 * read whole, the two Latin faces took 1 MB; mapped, the pages the reads
 * touched, and the kernel's fault-around beside them, some 0.7 MB). A font
 * replaced on disk while the kiosk runs is still read as it was at the start,
 * and one cut short reads short: a missing glyph, never a fault. */
typedef struct font_file {
    int fd;
    Sint64 size;
} font_file;

/* FreeType reads a glyph's metrics two bytes at a time, between reads of its outline: a read that
 * falls within one aligned block comes from the few blocks last read (the start screen: 1,541 reads
 * from the file became 338). */
#define STREAM_BLOCK 1024
#define STREAM_BLOCKS 4

typedef struct stream_block {
    Sint64 at;          /* its offset in the file (a multiple of STREAM_BLOCK), or -1 */
    size_t len;         /* short at the end of the file */
    unsigned long used;
    unsigned char data[STREAM_BLOCK];
} stream_block;

typedef struct font_stream {
    const font_file *file;
    Sint64 pos;
    unsigned long clock;
    stream_block blocks[STREAM_BLOCKS];
} font_stream;

/* Up to n bytes of fd from off; how many (short at the end, 0 on an error). */
static size_t read_at(int fd, void *buf, size_t n, Sint64 off)
{
    size_t got = 0;
    while (got < n) {
        ssize_t k = pread(fd, (char *)buf + got, n - got, (off_t)(off + (Sint64)got));
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) break;
        got += (size_t)k;
    }
    return got;
}

static Sint64 stream_size(SDL_RWops *rw) { return ((font_stream *)rw->hidden.unknown.data1)->file->size; }

static Sint64 stream_seek(SDL_RWops *rw, Sint64 offset, int whence)
{
    font_stream *s = rw->hidden.unknown.data1;
    Sint64 to = whence == RW_SEEK_SET ? offset : whence == RW_SEEK_CUR ? s->pos + offset : s->file->size + offset;
    if (to < 0) return SDL_SetError("seek before the start of a font");
    return s->pos = to;
}

/* The block holding file offset at (a multiple of STREAM_BLOCK), read now if it is not held. */
static const stream_block *stream_block_at(font_stream *s, Sint64 at)
{
    stream_block *b = &s->blocks[0];
    for (int i = 0; i < STREAM_BLOCKS; i++) {
        if (s->blocks[i].at == at) {
            b = &s->blocks[i];
            b->used = ++s->clock;
            return b;
        }
        if (s->blocks[i].used < b->used) b = &s->blocks[i];
    }
    b->len = read_at(s->file->fd, b->data, sizeof b->data, at);
    b->at = at;
    b->used = ++s->clock;
    return b;
}

static size_t stream_read(SDL_RWops *rw, void *ptr, size_t size, size_t maxnum)
{
    font_stream *s = rw->hidden.unknown.data1;
    if (size == 0 || maxnum > SIZE_MAX / size) return 0;
    size_t want = size * maxnum, got;
    Sint64 at = s->pos - s->pos % STREAM_BLOCK;
    if (s->pos + (Sint64)want <= at + STREAM_BLOCK) {
        const stream_block *b = stream_block_at(s, at);
        size_t off = (size_t)(s->pos - at), avail = b->len > off ? b->len - off : 0;
        got = want < avail ? want : avail;
        memcpy(ptr, b->data + off, got);
    } else {
        got = read_at(s->file->fd, ptr, want, s->pos);
    }
    s->pos += (Sint64)got;
    return got / size;
}

static size_t stream_write(SDL_RWops *rw, const void *ptr, size_t size, size_t num)
{
    (void)rw, (void)ptr, (void)size, (void)num;
    return 0;
}

static int stream_close(SDL_RWops *rw)
{
    free(rw->hidden.unknown.data1);
    SDL_FreeRW(rw);
    return 0;
}

/* A stream of its own over f, for one TTF_Font; NULL when out of memory. */
static SDL_RWops *font_rw(const font_file *f)
{
    font_stream *s = calloc(1, sizeof *s);
    SDL_RWops *rw = s ? SDL_AllocRW() : NULL;
    if (!rw) {
        free(s);
        return NULL;
    }
    s->file = f;
    for (int i = 0; i < STREAM_BLOCKS; i++) s->blocks[i].at = -1;
    rw->size = stream_size;
    rw->seek = stream_seek;
    rw->read = stream_read;
    rw->write = stream_write;
    rw->close = stream_close;
    rw->type = SDL_RWOPS_UNKNOWN;
    rw->hidden.unknown.data1 = s;
    return rw;
}

/* Opens path and holds it; -1 with err on failure. */
static int hold_font(font_file *f, const char *path, char *err, size_t errlen)
{
    struct stat st;
    if ((f->fd = open(path, O_RDONLY | O_CLOEXEC)) < 0 || fstat(f->fd, &st) != 0) {
        snprintf(err, errlen, "cannot read font %s: %s", path, strerror(errno));
        return -1;
    }
    if (!S_ISREG(st.st_mode) || st.st_size <= 0) {
        snprintf(err, errlen, "cannot read font %s: not a font file", path);
        return -1;
    }
    f->size = (Sint64)st.st_size;
    return 0;
}

struct text {
    char assets[512];
    font_file files[4]; /* by script * 2 + face */
    bool rtl;
    bool keep_none;            /* text_keep(false): at most one texture at a time */
    font_slot fonts[MAX_FONTS];
    int nfonts;
    cache_entry cache[CACHE_SIZE];
    SDL_Renderer *cache_owner;
    unsigned long clock;
    long hits, misses;
};

static const char *font_file_name(int script, text_face face)
{
    if (script) return face == TEXT_BOLD ? "NotoNaskhArabic-Bold.ttf" : "NotoNaskhArabic-Regular.ttf";
    return face == TEXT_BOLD ? "NotoSans-Bold.ttf" : "NotoSans-Regular.ttf";
}

static TTF_Font *open_font(text *t, int script, text_face face, int px, char *err, size_t errlen)
{
    SDL_RWops *rw = font_rw(&t->files[script * 2 + face]);
    TTF_Font *font = rw ? TTF_OpenFontRW(rw, 1, px) : NULL; /* closes rw, even on failure */
    if (!font)
        snprintf(err, errlen, "cannot open font %s/fonts/%s: %s", t->assets, font_file_name(script, face), TTF_GetError());
    return font;
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
    for (int i = 0; i < 4; i++) t->files[i].fd = -1;
    /* All four are opened now, so a missing one is an error at start, not a blank line in Arabic later;
     * the Latin ones are opened once as well (every first screen needs them). */
    for (int i = 0; i < 4; i++) {
        char path[700];
        snprintf(path, sizeof path, "%s/fonts/%s", t->assets, font_file_name(i / 2, (text_face)(i % 2)));
        TTF_Font *probe = NULL;
        if (hold_font(&t->files[i], path, err, errlen) != 0 ||
            (i < 2 && !(probe = open_font(t, i / 2, (text_face)(i % 2), 20, err, errlen)))) {
            text_close(t);
            return NULL;
        }
        if (probe) TTF_CloseFont(probe);
    }
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

static void close_fonts(text *t)
{
    for (int i = 0; i < t->nfonts; i++) TTF_CloseFont(t->fonts[i].font);
    t->nfonts = 0;
}

void text_rest(text *t)
{
    text_flush(t);
    close_fonts(t);
}

void text_close(text *t)
{
    if (!t) return;
    text_flush(t);
    close_fonts(t);
    for (int i = 0; i < 4; i++) /* after the fonts that read from them */
        if (t->files[i].fd >= 0) close(t->files[i].fd);
    free(t);
}

void text_set_rtl(text *t, bool rtl) { t->rtl = rtl; }
void text_keep(text *t, bool keep) { t->keep_none = !keep; }
bool text_rtl(const text *t) { return t->rtl; }

static bool is_arabic(uint32_t c)
{
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) ||
           (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

/* 1 when the bytes hold Arabic letters: such a line goes through the bidi path. */
static int script_of(const char *s, int len)
{
    for (int i = 0; i + 1 < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0xD8 && c <= 0xDB) return 1; /* U+0600..U+06FF lead bytes */
        if (c == 0xEF && i + 1 < len && ((unsigned char)s[i + 1] >= 0xAD && (unsigned char)s[i + 1] <= 0xBB)) return 1;
    }
    return 0;
}

static TTF_Font *font_for(text *t, int script, text_face face, int px)
{
    for (int i = 0; i < t->nfonts; i++)
        if (t->fonts[i].script == script && t->fonts[i].face == face && t->fonts[i].px == px)
            return t->fonts[i].font;
    char err[800];
    TTF_Font *f = open_font(t, script, face, px, err, sizeof err);
    if (!f) {
        util_log("%s", err);
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

/* ---- mixed Arabic and Latin text ----
 * SDL_ttf shapes one run in one direction with one font. A line holding Arabic
 * is split with FriBidi into runs of one embedding level and one font (Noto
 * Naskh Arabic for Arabic letters, Noto Sans for digits and Latin), the runs
 * are put in visual order (UAX #9, rule L2), and drawn side by side on one
 * baseline. So "020 7332 3621" inside Arabic keeps its digits in order, and
 * brackets and Latin letters get a font that has them. */

#define MAX_RUN_CHARS 512
#define MAX_RUNS 64

typedef struct bidi_run {
    int start, len;          /* in code points */
    int level;
    int script;              /* 1 Arabic font, 0 Latin */
} bidi_run;

static int utf8_decode(const char *s, int len, uint32_t *out, int max)
{
    int n = 0;
    for (int i = 0; i < len && n < max;) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp;
        int k;
        if (c < 0x80) { cp = c; k = 1; }
        else if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; k = 2; }
        else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; k = 3; }
        else if ((c & 0xF8) == 0xF0) { cp = c & 0x07; k = 4; }
        else { i++; continue; }
        if (i + k > len) break;
        for (int j = 1; j < k; j++) cp = (cp << 6) | ((unsigned char)s[i + j] & 0x3F);
        out[n++] = cp;
        i += k;
    }
    return n;
}

static int utf8_encode(const uint32_t *cps, int n, char *out, int max)
{
    int o = 0;
    for (int i = 0; i < n && o + 4 < max; i++) {
        uint32_t c = cps[i];
        if (c < 0x80) out[o++] = (char)c;
        else if (c < 0x800) { out[o++] = (char)(0xC0 | (c >> 6)); out[o++] = (char)(0x80 | (c & 0x3F)); }
        else if (c < 0x10000) {
            out[o++] = (char)(0xE0 | (c >> 12));
            out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[o++] = (char)(0xF0 | (c >> 18));
            out[o++] = (char)(0x80 | ((c >> 12) & 0x3F));
            out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[o] = 0;
    return o;
}

/* Arabic letters (and their marks) and spaces alone: UAX #9 gives every one level 1, one right-to-left run,
 * so the line needs no bidi algorithm (the start screen's "العربية" draws without FriBidi). Digits,
 * punctuation and brackets, whose levels the algorithm resolves, are not in these ranges. */
static bool letters_only(const FriBidiChar *cps, int n)
{
    for (int i = 0; i < n; i++) {
        FriBidiChar c = cps[i];
        if (c != ' ' && !(c >= 0x0621 && c <= 0x065F && c != 0x0640) && !(c >= 0x0671 && c <= 0x06D3)) return false;
    }
    return true;
}

/* Measures (and, when out is given, renders) one line with Arabic in it.
 * Returns the width in pixels. */
static int bidi_line(text *t, text_face face, int px, const char *s, int len, uint32_t rgba, SDL_Surface **out)
{
    FriBidiChar cps[MAX_RUN_CHARS];
    FriBidiCharType types[MAX_RUN_CHARS];
    FriBidiBracketType brackets[MAX_RUN_CHARS];
    FriBidiLevel levels[MAX_RUN_CHARS];
    int n = utf8_decode(s, len, cps, MAX_RUN_CHARS);
    if (n == 0) return 0;
    if (letters_only(cps, n)) {
        for (int i = 0; i < n; i++) levels[i] = 1;
    } else {
        fribidi_get_bidi_types(cps, n, types);
        fribidi_get_bracket_types(cps, n, types, brackets);
        FriBidiParType base = t->rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_ON;
        if (!fribidi_get_par_embedding_levels_ex(types, brackets, n, &base, levels))
            for (int i = 0; i < n; i++) levels[i] = 0;
    }
    /* Runs of one level and one font; spaces stay with the run they are in. */
    bidi_run runs[MAX_RUNS];
    int nr = 0;
    for (int i = 0; i < n; i++) {
        int script = is_arabic(cps[i]) ? 1 : 0;
        if (cps[i] == ' ' && nr > 0 && runs[nr - 1].level == levels[i]) script = runs[nr - 1].script;
        if (nr > 0 && runs[nr - 1].level == levels[i] && runs[nr - 1].script == script) {
            runs[nr - 1].len++;
        } else if (nr < MAX_RUNS) {
            runs[nr++] = (bidi_run){ i, 1, levels[i], script };
        } else {
            runs[nr - 1].len++;
        }
    }
    /* L2: from the highest level down to the lowest odd one, reverse every
     * sequence of runs at that level or above. */
    int hi = 0, lo_odd = 255;
    for (int i = 0; i < nr; i++) {
        if (runs[i].level > hi) hi = runs[i].level;
        if ((runs[i].level & 1) && runs[i].level < lo_odd) lo_odd = runs[i].level;
    }
    for (int lv = hi; lv >= lo_odd && lv > 0; lv--) {
        for (int i = 0; i < nr;) {
            if (runs[i].level < lv) { i++; continue; }
            int j = i;
            while (j < nr && runs[j].level >= lv) j++;
            for (int a = i, b = j - 1; a < b; a++, b--) {
                bidi_run tmp = runs[a];
                runs[a] = runs[b];
                runs[b] = tmp;
            }
            i = j;
        }
    }
    SDL_Surface *parts[MAX_RUNS] = { NULL };
    int widths[MAX_RUNS], ascents[MAX_RUNS], total = 0, max_ascent = 0, max_descent = 0;
    SDL_Color c = { (uint8_t)(rgba >> 24), (uint8_t)(rgba >> 16), (uint8_t)(rgba >> 8), (uint8_t)rgba };
    for (int i = 0; i < nr; i++) {
        TTF_Font *f = font_for(t, runs[i].script, face, px);
        FriBidiChar piece[MAX_RUN_CHARS];
        int k = runs[i].len;
        memcpy(piece, cps + runs[i].start, (size_t)k * sizeof *piece);
        /* A right-to-left run in the Latin font (brackets, punctuation) is laid
         * out left to right by SDL_ttf: reverse it and mirror its brackets. */
        if ((runs[i].level & 1) && runs[i].script == 0) {
            for (int a = 0, b = k - 1; a < b; a++, b--) {
                FriBidiChar tmp = piece[a];
                piece[a] = piece[b];
                piece[b] = tmp;
            }
            for (int a = 0; a < k; a++) fribidi_get_mirror_char(piece[a], &piece[a]);
        }
        char buf[MAX_RUN_CHARS * 4 + 1];
        utf8_encode(piece, k, buf, sizeof buf);
        int w = 0, h = 0;
        if (f) TTF_SizeUTF8(f, buf, &w, &h);
        widths[i] = w;
        ascents[i] = f ? TTF_FontAscent(f) : px;
        if (ascents[i] > max_ascent) max_ascent = ascents[i];
        int desc = f ? -TTF_FontDescent(f) : px / 4;
        if (desc > max_descent) max_descent = desc;
        total += w;
        if (out && f && *buf && strspn(buf, " ") != strlen(buf)) parts[i] = TTF_RenderUTF8_Blended(f, buf, c);
    }
    if (out) {
        int h = max_ascent + max_descent;
        SDL_Surface *line = SDL_CreateRGBSurfaceWithFormat(0, total > 0 ? total : 1, h > 0 ? h : 1, 32,
                                                           SDL_PIXELFORMAT_ARGB8888);
        if (line) {
            SDL_FillRect(line, NULL, SDL_MapRGBA(line->format, c.r, c.g, c.b, 0));
            int x = 0;
            for (int i = 0; i < nr; i++) {
                if (parts[i]) {
                    SDL_SetSurfaceBlendMode(parts[i], SDL_BLENDMODE_NONE);
                    SDL_Rect dst = { x, max_ascent - ascents[i], parts[i]->w, parts[i]->h };
                    SDL_BlitSurface(parts[i], NULL, line, &dst);
                }
                x += widths[i];
            }
            SDL_SetSurfaceBlendMode(line, SDL_BLENDMODE_BLEND);
        }
        *out = line;
    }
    for (int i = 0; i < nr; i++)
        if (parts[i]) SDL_FreeSurface(parts[i]);
    return total;
}

int text_width(text *t, text_face face, int px, const char *s, int len)
{
    if (len <= 0) return 0;
    if (script_of(s, len)) return bidi_line(t, face, px, s, len, 0, NULL);
    TTF_Font *f = font_for(t, 0, face, px);
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
    int script = script_of(s, (int)strlen(s));
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
    if (t->keep_none) { /* the one before was copied already: SDL draws what it queued before freeing it */
        text_flush(t);
        t->cache_owner = ren;
    }
    SDL_Surface *surf = NULL;
    if (script) {
        bidi_line(t, face, px, s, (int)strlen(s), rgba, &surf);
    } else {
        TTF_Font *f = font_for(t, 0, face, px);
        if (!f) return NULL;
        SDL_Color c = { (uint8_t)(rgba >> 24), (uint8_t)(rgba >> 16), (uint8_t)(rgba >> 8), (uint8_t)rgba };
        surf = TTF_RenderUTF8_Blended(f, s, c);
    }
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

int text_open_sizes(const text *t) { return t->nfonts; }
