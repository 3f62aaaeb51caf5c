/* screens.h: the screens, one file each in src/screens/ (start, question, check, result, escalation,
 * failsafe, neutral, staff, stats, judge, training), and the layout kit they share (layout.c): sizes scaled
 * to the display, the top bar, and paged content (headings, paragraphs, panels and cards laid out page by
 * page). Internal to the screen files: nothing else draws. */
#ifndef SCREENS_H
#define SCREENS_H

#include <stdbool.h>

#include "app.h"

typedef struct metrics {
    double s;
    int body, heading, small, btn_h, gap, margin, bar_h;
} metrics;

/* IT_SMALL: a compact card (name, one line on what it is, how to reach it), two to a row where the width
 * allows (issue 21). */
typedef enum { IT_H1, IT_H2, IT_BODY, IT_MUTED, IT_CARD, IT_PANEL, IT_SMALL } item_kind;

typedef struct item {
    item_kind kind;
    const char *a, *b, *c;   /* card: name, what, how; others: a only */
    int action, arg;         /* a card or row may carry a button (Change) */
    const char *button;
    const char *qr;          /* a card's take-away: a web address or "tel:" number */
} item;

#define MAX_ITEMS 96

typedef struct page_list {
    item items[MAX_ITEMS];
    bool side[MAX_ITEMS]; /* beside the main column where the screen is wide enough, else after it */
    int n;
    SDL_Rect nav; /* where More and Previous go in a row shared with other buttons; w 0: a row of their own */
    bool title_yields; /* the first item, a heading, is left out where it would push the next onto page 2 */
} page_list;

metrics measure(const app *a);
/* Right to left (Arabic)? A family's screens (anything but practitioner mode)? */
bool screen_rtl(const app *a);
bool family_screen(const app *a);
/* The label of answer aid to question q, in the session's language. */
const char *answer_label(const cJSON *q, const char *aid);

/* One function a screen, each in its own file. */
void screen_start(app *a, const metrics *m);
void screen_question(app *a, const metrics *m);
void screen_check(app *a, const metrics *m);
void screen_result(app *a, const metrics *m);
void screen_escalation(app *a, const metrics *m);
void screen_failsafe(app *a, const metrics *m);
void screen_neutral(app *a, const metrics *m);
void screen_pin(app *a, const metrics *m);
void screen_staff(app *a, const metrics *m);
/* x of a box of width w at the reading start (left, or right in RTL), and at its end. */
int start_x(const app *a, const metrics *m, int w);
int end_x(const app *a, const metrics *m, int w);
/* The bar across the top; returns the y where content starts. */
int top_bar(app *a, const metrics *m);
/* "Read aloud" at the bar's end beside taken px already used there; returns the width it took. */
int read_aloud_button(app *a, const metrics *m, int y, int taken, uint32_t border);
/* The same bar saying words of the screen's own (the result's "call 999" line). */
int top_bar_saying(app *a, const metrics *m, const char *words);
/* Back at the reading start of the bottom row; returns the row's top. */
int bottom_back(app *a, const metrics *m);

/* Adds an item (ignored when its text is empty or the list is full). */
void add_item(page_list *p, item it);
/* An item for the side column: beside the main one on a wide screen (issue 21), after it on a narrow one. */
void add_side(page_list *p, item it);
int item_height(app *a, const metrics *m, const item *it, int w);
void draw_item(app *a, const metrics *m, const item *it, int x, int y, int w);
/* Lays out page a->page of the items between top and bottom, with More and
 * Previous when they do not fit on one page. */
void draw_pages(app *a, const metrics *m, const page_list *p, int top, int bottom);
/* Plans the pages draw_pages would make of the items between top and bottom, and says how many; then
 * draw_planned draws that plan (the same list and bottom), without planning it again. */
int count_pages(app *a, const metrics *m, const page_list *p, int top, int bottom);
void draw_planned(app *a, const metrics *m, const page_list *p, int bottom);
/* The page of that plan on which item i of the list starts (0 for the first), or -1 if it has none. */
int planned_page(int i);

/* Fills the first two "%d" of a catalogue string (never a printf format) with n1 and n2. */
void format_counts(char *out, size_t n, const char *tmpl, int n1, int n2);
/* One line that says how to reach a place: its contact, or who to ask. */
const char *reach_line(app *a, const char *before, const char *contact, const char *url);

/* The training screens (screens_training.c). */
void screens_training(app *a, const metrics *m);

/* The statistics screen (screen_stats.c) and "my judgement differs" (screen_judge.c). */
void screen_stats(app *a, const metrics *m);
void screen_judge(app *a, const metrics *m);
/* On the practitioner result screen: what the practitioner's judgement was, or
 * NULL; and the button that opens the judgement screen, in box r. */
const char *screen_judge_note(app *a);
void screen_judge_button(app *a, const metrics *m, SDL_Rect r);
int screen_judge_button_width(app *a, const metrics *m);
/* w, or wider where a button's label would not fit its height wrapped at w (larger text). */
int button_width(app *a, const metrics *m, int w, const char *label);

#endif
