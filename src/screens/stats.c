/* screen_stats.c: the statistics screen for managers, drawn on the kiosk from
 * the staff screen: sessions per week by level (stacked bars), who used it,
 * escalations, top routes, how often practitioners' judgement differs and
 * which rules they override, and what happened to the database.
 *
 * The figures are a->stats (app_staff.c reads them when the screen opens or the
 * range changes); this file only lays them out. Everything in a bar is also
 * said in words beside it, so nobody has to read colours to get the numbers. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app_staff.h"
#include "decision.h"
#include "judgement.h"
#include "screens.h"

#define MAX_WEEKS 160   /* 24 months of retention and a little more */
#define SECTION_LINES 5

/* One colour a level, told apart by hue and lightness (GOV.UK palette: turquoise, purple,
 * orange, dark red; none is a button's colour), primaries in high contrast. */
static uint32_t level_color(const app *a, int level)
{
    static const uint32_t colors[2][4] = { { 0x28a197ff, 0x4c2c92ff, 0xf47738ff, 0x942514ff },
                                           { 0xffffffff, 0x00ffffff, 0xffff00ff, 0xff00ffff } };
    return colors[a->th == &theme_high_contrast][(level < 1 ? 1 : level > 4 ? 4 : level) - 1];
}

static int count(const cJSON *obj, const char *key)
{
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsNumber(c) ? c->valueint : 0;
}

/* Days since 1970-01-01 of "YYYY-MM-DD", or -1. */
static long day_of(const char *date)
{
    struct tm tm = { 0 };
    if (!date || sscanf(date, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3) return -1;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return (long)(timegm(&tm) / 86400);
}

static long monday_of(long day) { return day - ((day + 3) % 7 + 7) % 7; } /* 1970-01-01 was a Thursday */

static void date_of(long day, char *out, size_t n)
{
    time_t t = (time_t)day * 86400;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, n, "%Y-%m-%d", &tm);
}

/* The stacked bars: one a week, levels 1 to 4 from the bottom up. */
static void chart(app *a, const metrics *m, SDL_Rect r)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    const cJSON *weeks = cJSON_GetObjectItemCaseSensitive(a->stats, "by_week_level");
    long last = monday_of((long)(time(NULL) / 86400)), first = last;
    const char *since = decision_str(a->stats, "since");
    if (*since) first = monday_of(day_of(since));
    else if (cJSON_GetArraySize(weeks) > 0) first = day_of(weeks->child->string); /* keys come in date order */
    if (first < 0 || first > last) first = last;
    if ((last - first) / 7 + 1 > MAX_WEEKS) first = last - (MAX_WEEKS - 1) * 7;
    int n = (int)((last - first) / 7) + 1;
    int totals[MAX_WEEKS][5] = { { 0 } }, top = 0;
    for (int i = 0; i < n; i++) {
        char key[16];
        date_of(first + 7L * i, key, sizeof key);
        const cJSON *w = cJSON_GetObjectItemCaseSensitive(weeks, key);
        for (int l = 1; l <= 4; l++) {
            char lk[12];
            snprintf(lk, sizeof lk, "%d", l);
            totals[i][l] = count(w, lk);
            totals[i][0] += totals[i][l];
        }
        if (totals[i][0] > top) top = totals[i][0];
    }
    int lh = text_line_height(a->tx, TEXT_REGULAR, m->small);
    ui_text(u, (SDL_Rect){ r.x, r.y, r.w, 0 }, TEXT_BOLD, m->small, th->fg, -1,
            app_printf(a, "Sessions per week, by level (%d week%s, the most in one week: %d)", n, n == 1 ? "" : "s", top));
    SDL_Rect plot = { r.x, r.y + lh + m->gap / 2, r.w, r.h - 3 * lh - m->gap };
    ui_frame(u, plot, th->muted, 1);
    if (top == 0) {
        ui_text(u, (SDL_Rect){ plot.x, plot.y + plot.h / 2 - lh / 2, plot.w, 0 }, TEXT_REGULAR, m->small, th->muted, 0,
                "No sessions in this range.");
    } else {
        double slot = (double)(plot.w - 4) / n;
        int bw = slot * 0.8 < 1 ? 1 : (int)(slot * 0.8);
        for (int i = 0; i < n; i++) {
            int x = plot.x + 2 + (int)(i * slot + (slot - bw) / 2), base = plot.y + plot.h - 2;
            for (int l = 1; l <= 4; l++) {
                int h = (int)((double)totals[i][l] * (plot.h - 4) / top + 0.5);
                if (!h) continue;
                base -= h;
                ui_rect(u, (SDL_Rect){ x, base, bw, h }, level_color(a, l));
            }
        }
    }
    /* Dates under the first and last bars, and the legend with each level's total. */
    char from[16], to[16];
    date_of(first, from, sizeof from);
    date_of(last, to, sizeof to);
    int ly = plot.y + plot.h + m->gap / 4;
    ui_text(u, (SDL_Rect){ plot.x, ly, plot.w / 2, 0 }, TEXT_REGULAR, m->small, th->muted, -1,
            app_printf(a, "week of %s", from));
    ui_text(u, (SDL_Rect){ plot.x + plot.w / 2, ly, plot.w / 2, 0 }, TEXT_REGULAR, m->small, th->muted, 1,
            app_printf(a, "week of %s", to));
    ly += lh;
    const cJSON *by_level = cJSON_GetObjectItemCaseSensitive(a->stats, "by_level");
    int kw = plot.w / 4, sw = lh * 2 / 3;
    for (int l = 1; l <= 4; l++) {
        int kx = plot.x + (l - 1) * kw;
        char lk[12];
        snprintf(lk, sizeof lk, "%d", l);
        ui_rect(u, (SDL_Rect){ kx, ly + (lh - sw) / 2, sw, sw }, level_color(a, l));
        ui_text(u, (SDL_Rect){ kx + sw + m->gap / 2, ly, kw - sw - m->gap, lh }, TEXT_REGULAR, m->small, th->fg, -1,
                app_printf(a, "Level %d: %d", l, count(by_level, lk)));
    }
}

typedef struct section {
    const char *title;
    const char *lines[SECTION_LINES];
    int n;
} section;

static void line(section *s, const char *text)
{
    if (s->n < SECTION_LINES) s->lines[s->n++] = text;
}

static int percent(int part, int whole) { return whole ? (int)((part * 100.0) / whole + 0.5) : 0; }

static void who(app *a, section *s)
{
    const cJSON *modes = cJSON_GetObjectItemCaseSensitive(a->stats, "by_mode");
    int total = count(a->stats, "sessions"), f = count(modes, "family"), p = count(modes, "practitioner");
    s->title = "Who used it";
    line(s, app_printf(a, "Sessions: %d", total));
    line(s, app_printf(a, "Families: %d (%d%%)", f, percent(f, total)));
    line(s, app_printf(a, "Practitioners: %d (%d%%)", p, percent(p, total)));
    const cJSON *c;
    cJSON_ArrayForEach(c, modes) /* a mode added later (training) still shows */
        if (strcmp(c->string, "family") && strcmp(c->string, "practitioner"))
            line(s, app_printf(a, "%s: %d (%d%%)", c->string, c->valueint, percent(c->valueint, total)));
}

static void escalations(app *a, section *s)
{
    static const struct { const char *kind, *name; } kinds[] = {
        { "emergency", "Call 999 now" }, { "same_day", "Front door today" }, { "tell_staff", "Told staff now" },
    };
    const cJSON *esc = cJSON_GetObjectItemCaseSensitive(a->stats, "by_escalation");
    s->title = "Escalations by kind";
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        line(s, app_printf(a, "%s: %d", kinds[i].name, count(esc, kinds[i].kind)));
    const cJSON *c;
    cJSON_ArrayForEach(c, esc) { /* a kind a later rule pack adds still shows */
        bool known = !strcmp(c->string, "none");
        for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) known |= !strcmp(c->string, kinds[i].kind);
        if (!known) line(s, app_printf(a, "%s: %d", c->string, c->valueint));
    }
    /* Silent calls for staff (issue 22), by kind. */
    const cJSON *al = cJSON_GetObjectItemCaseSensitive(a->stats, "alerts");
    int calls = count(al, "emergency") + count(al, "tell_staff") + count(al, "private_word");
    if (calls)
        line(s, app_printf(a, "Staff called silently: %d (999 %d, staff now %d, private word %d)", calls,
                           count(al, "emergency"), count(al, "tell_staff"), count(al, "private_word")));
}

/* A route or a rule in words (the running pack's), never its id; one only an earlier pack had, said so. */
static const char *in_words(app *a, const char *kind, const char *id)
{
    const cJSON *names = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(a->stats, "names"), kind);
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(names, id);
    if (cJSON_IsString(n)) return n->valuestring;
    return !strcmp(kind, "routes") ? "a route of an earlier rule pack" : "a rule of an earlier rule pack";
}

/* The first rows of a count table (they come largest first). */
static void top_rows(app *a, section *s, const char *key, const char *prefix, int max)
{
    const cJSON *c;
    int shown = 0;
    cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(a->stats, key)) {
        if (shown++ == max) break;
        /* A level 1 result has no rule behind it: the level is 1 when none fires. */
        const char *name = !strcmp(key, "overridden_rules") && !strcmp(c->string, "none") ? "none (level 1 by default)"
                           : !*c->string ? "(none)"
                           : in_words(a, strstr(key, "rule") ? "rules" : "routes", c->string);
        line(s, app_printf(a, "%s%s: %d", prefix, name, c->valueint));
    }
}

static void agreement(app *a, section *s)
{
    s->title = "Practitioners agreeing, by level";
    const cJSON *c;
    cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(a->stats, "agreement_by_level")) {
        int n = count(c, "sessions"), differs = count(c, "differs");
        line(s, app_printf(a, "Level %s: %d of %d agree (%d%%); higher %d, lower %d", c->string, n - differs, n,
                           percent(n - differs, n), count(c, "higher"), count(c, "lower")));
    }
    if (!s->n) line(s, "No practitioner sessions in this range.");
}

/* The rules and routes practitioners most often differ from, and why. */
static void overridden(app *a, section *s)
{
    s->title = "Most often overridden";
    top_rows(a, s, "overridden_rules", "Rule ", 2);
    top_rows(a, s, "overridden_routes", "Route ", 1);
    const cJSON *c;
    int shown = 0;
    cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(a->stats, "judgement_reasons"))
        if (shown++ < 2) line(s, app_printf(a, "Why: %s: %d", judgement_label(c->string), c->valueint));
    if (!s->n) line(s, "No judgement has differed in this range.");
}

/* Training scores (store_training_stats): how often trainees chose the rules'
 * level and first action, and the case they find hardest. */
static void training_scores(app *a, section *s)
{
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(a->stats, "training");
    s->title = "Training scores";
    int n = count(t, "attempts");
    if (!n) {
        line(s, "No training cases decided in this range.");
        return;
    }
    const cJSON *lc = cJSON_GetObjectItemCaseSensitive(t, "level_correct"),
                *ac = cJSON_GetObjectItemCaseSensitive(t, "action_correct");
    line(s, app_printf(a, "Cases decided: %d", n));
    line(s, app_printf(a, "Level as the rules: %.0f%%", cJSON_IsNumber(lc) ? lc->valuedouble * 100 : 0));
    line(s, app_printf(a, "First action as the rules: %.0f%%", cJSON_IsNumber(ac) ? ac->valuedouble * 100 : 0));
    const cJSON *hardest = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(t, "by_case"), 0);
    const cJSON *hl = cJSON_GetObjectItemCaseSensitive(hardest, "level_correct");
    if (hardest && cJSON_IsNumber(hl))
        line(s, app_printf(a, "Hardest: %s (%.0f%% right)", decision_str(hardest, "case"), hl->valuedouble * 100));
}

/* A line of a section on one line of its column: a longer one (a route's name) is cut at a word, keeping
 * its count, as in "Single Point of Access (SPA), Level…: 2". */
static const char *one_line(app *a, const metrics *m, const char *text, int w)
{
    int lh = text_line_height(a->tx, TEXT_REGULAR, m->small);
    if (ui_text_height(&a->ui, TEXT_REGULAR, m->small, w, text) <= lh) return text;
    const char *colon = strrchr(text, ':');
    const char *tail = colon ? colon : "";
    int len = (int)(colon ? colon - text : (long)strlen(text));
    while (len > 8) {
        while (len > 8 && text[len - 1] != ' ') len--;
        while (len > 8 && (text[len - 1] == ' ' || text[len - 1] == ',')) len--;
        const char *cut = app_printf(a, "%.*s\u2026%s", len, text, tail);
        if (ui_text_height(&a->ui, TEXT_REGULAR, m->small, w, cut) <= lh) return cut;
    }
    return app_printf(a, "%.*s\u2026%s", len, text, tail);
}

static void draw_section(app *a, const metrics *m, const section *s, SDL_Rect r)
{
    const theme *th = a->th;
    int y = r.y, bottom = r.y + r.h;
    y += ui_text(&a->ui, (SDL_Rect){ r.x, y, r.w, bottom - y }, TEXT_BOLD, m->small, th->heading, -1, s->title);
    for (int i = 0; i < s->n && y < bottom; i++)
        y += ui_text(&a->ui, (SDL_Rect){ r.x, y, r.w, bottom - y }, TEXT_REGULAR, m->small, th->fg, -1,
                     one_line(a, m, s->lines[i], r.w));
}

void screen_stats(app *a, const metrics *m)
{
    const theme *th = a->th;
    ui *u = &a->ui;
    int w = a->w - 2 * m->margin, x = m->margin, y = m->gap;
    int dw = (int)(300 * m->s);
    ui_button_add(u, (SDL_Rect){ a->w - m->margin - dw, y, dw, m->btn_h }, "Done", ACT_STATS_DONE, 0, th->primary,
                  th->primary_fg, 0, TEXT_BOLD, m->body);
    ui_text(u, (SDL_Rect){ x, y + (m->btn_h - text_line_height(a->tx, TEXT_BOLD, m->heading)) / 2, w - dw - m->gap, 0 },
            TEXT_BOLD, m->heading, th->heading, -1, "Statistics");
    y += m->btn_h + m->gap;
    /* The date range: four choices, no typing. */
    int rw = (w - 3 * m->gap) / 4;
    if (rw > (int)(330 * m->s)) rw = (int)(330 * m->s);
    for (int i = 0; i < STAFF_NRANGES; i++) {
        bool on = i == a->stats_range;
        ui_button_add(u, (SDL_Rect){ x + i * (rw + m->gap), y, rw, m->btn_h }, staff_range_label(i), ACT_STATS_RANGE, i,
                      on ? th->button_border : th->button, on ? th->primary_fg : th->button_fg, th->button_border,
                      on ? TEXT_BOLD : TEXT_REGULAR, m->body);
    }
    y += m->btn_h + m->gap;
    /* What happened to the database comes first: figures from a lost database mislead. */
    bool trouble = !a->st || a->store_error[0] || a->sessions_lost;
    y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, trouble ? TEXT_BOLD : TEXT_REGULAR, m->small, th->fg, -1, staff_db_state(a));
    if (a->staff_message[0]) y += ui_text(u, (SDL_Rect){ x, y, w, 0 }, TEXT_BOLD, m->small, th->fg, -1, a->staff_message);
    if (!a->stats) {
        ui_text(u, (SDL_Rect){ x, y + m->gap, w, 0 }, TEXT_REGULAR, m->body, th->fg, -1,
                "No statistics: the database is not available.");
        return;
    }
    y += m->gap / 2;
    int lh = text_line_height(a->tx, TEXT_REGULAR, m->small);
    int cols = a->w > a->h ? 3 : 2, rows = 6 / cols;
    int section_h = (SECTION_LINES + 1) * lh + m->gap;
    int chart_h = a->h - m->gap - y - rows * section_h;
    if (chart_h > (int)(520 * m->s)) chart_h = (int)(520 * m->s);
    chart(a, m, (SDL_Rect){ x, y, w, chart_h });
    y += chart_h + m->gap;
    section s[6];
    memset(s, 0, sizeof s);
    who(a, &s[0]);
    escalations(a, &s[1]);
    s[2].title = "Top routes";
    top_rows(a, &s[2], "by_route", "", SECTION_LINES);
    if (!s[2].n) line(&s[2], "None in this range.");
    agreement(a, &s[3]);
    overridden(a, &s[4]);
    training_scores(a, &s[5]);
    int cw = (w - (cols - 1) * 2 * m->gap) / cols;
    for (int i = 0; i < 6; i++)
        draw_section(a, m, &s[i], (SDL_Rect){ x + (i % cols) * (cw + 2 * m->gap), y + (i / cols) * section_h, cw,
                                              section_h - m->gap });
}
