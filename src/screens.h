/* screens.h: what the screen files (screens.c, screen_stats.c, screen_judge.c)
 * share: the sizes every layout is built from, and each file's screens. */
#ifndef SCREENS_H
#define SCREENS_H

#include "app.h"

typedef struct metrics {
    double s;
    int body, heading, small, btn_h, gap, margin, bar_h;
} metrics;

/* Sizes scaled to the display and the session's text size. */
metrics screens_measure(const app *a);

void screen_stats(app *a, const metrics *m);
void screen_judge(app *a, const metrics *m);
/* On the practitioner result screen: what the practitioner's judgement was, or
 * NULL; and the button that opens the judgement screen, in box r. */
const char *screen_judge_note(app *a);
void screen_judge_button(app *a, const metrics *m, SDL_Rect r);

#endif
